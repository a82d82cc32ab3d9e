//! Statistics tables. Every table names its source and period; a missing figure says why.

use crate::app::strings;
use crate::app::strings::{number, share_percent, signed_percent};
use crate::core::catalog::Catalog;
use crate::core::catalog::Facets;
use crate::core::format::fixed;
use crate::core::model::{Figure, MissingReason, Salary, SalaryFigures, SourceId, StyrkCode};
use leptos::prelude::*;

pub fn figure_text(figure: Figure) -> String {
    match figure {
        Figure::Value(v) => strings::kroner(&number(v)),
        Figure::Missing(MissingReason::NotPublished) => strings::not_published().into(),
        Figure::Missing(MissingReason::NotApplicable) => strings::not_applicable().into(),
        Figure::Missing(MissingReason::NoCell) => strings::no_cell().into(),
    }
}

/// A salary table's cell: the amount with its unit, which may wrap below it on a narrow screen.
fn figure_cell(figure: Figure) -> impl IntoView {
    match figure.value() {
        Some(value) => {
            view! { <td class="num">{strings::kroner_in_cell(&number(value))}</td> }.into_any()
        }
        None => view! { <td class="num missing">{figure_text(figure)}</td> }.into_any(),
    }
}

fn salary_row(label: &'static str, figures: SalaryFigures) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{label}</th>
            {figure_cell(figures.lower_quartile)}
            {figure_cell(figures.median)}
            {figure_cell(figures.upper_quartile)}
            {figure_cell(figures.mean)}
        </tr>
    }
}

/// The occupation's median salary, as a range over its codes ("Median 56 250–61 810 kr").
pub fn median_summary(facet: &Facets) -> Option<String> {
    let low = facet.medians.iter().min()?;
    let high = facet.medians.iter().max()?;
    Some(strings::median_range(&number(*low), &number(*high)))
}

/// "Median 35 000–60 000 kr/mnd" over the occupations at `positions`, or that none has a
/// salary figure.
pub fn salary_spread_summary(catalog: &Catalog, positions: &[usize]) -> String {
    match catalog.salary_spread(positions) {
        Some((low, high)) => strings::median_range(&number(low), &number(high)),
        None => strings::vgs_no_salary().to_string(),
    }
}

/// Employed persons in the occupation's codes, each code once.
pub fn employed_summary(facet: &Facets) -> Option<String> {
    facet.employed.map(|e| strings::employed_short(&number(e)))
}

/// "Kilde: …" for a dataset of the snapshot.
#[component]
pub fn SourceNote(id: SourceId) -> impl IntoView {
    let data = crate::app::data::AppData::use_context();
    move || {
        data.loaded().and_then(|catalog| {
            catalog.source(id).map(|s| {
                // What the snapshot says of a source is bokmål; the labels are the page's.
                let named = format!("{}, {}, {}", s.publisher, s.dataset, s.period);
                let credit = (s.credit != s.publisher).then(|| s.credit.clone());
                view! {
                    <p class="source">
                        <a href=crate::core::format::http_url(&s.url).map(str::to_string) rel="noopener noreferrer">
                            {strings::source_label()} ": " <span lang="nb">{named}</span> ". "
                            {strings::licence_label()} ": " <span lang="nb">{s.licence.clone()}</span> "."
                        </a>
                        {credit.map(|c| view! { " " <span class="credit-line" lang="nb">{c}</span> })}
                    </p>
                }
            })
        })
    }
}

/// Salary for one STYRK code: quartiles, median and mean for all, men and women.
#[component]
pub fn SalaryTable(code: StyrkCode, salary: Salary, change_period: String) -> impl IntoView {
    let caption = strings::salary_caption(&code.code, &code.name);
    let change = salary
        .median_change_percent()
        .map(|p| strings::median_change(&signed_percent(p), &change_period));
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="figures">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{strings::col_group()}</th>
                        <th scope="col" class="num">{strings::col_lower_quartile()}</th>
                        <th scope="col" class="num">{strings::col_median()}</th>
                        <th scope="col" class="num">{strings::col_upper_quartile()}</th>
                        <th scope="col" class="num">{strings::col_mean()}</th>
                    </tr>
                </thead>
                <tbody>
                    {salary_row(strings::group_all(), salary.all)}
                    {salary_row(strings::group_men(), salary.men)}
                    {salary_row(strings::group_women(), salary.women)}
                </tbody>
            </table>
        </div>
        <SalaryChart salary=salary.clone()/>
        {change.map(|text| view! { <p class="change">{text}</p> })}
    }
}

/// Quartile bars for all, men and women on one scale. A picture of the table beside it, so it
/// is hidden from screen readers, which read the table.
#[component]
pub fn SalaryChart(salary: Salary) -> impl IntoView {
    let groups = [
        (strings::group_all(), salary.all),
        (strings::group_men(), salary.men),
        (strings::group_women(), salary.women),
    ];
    let bounds: Vec<(u64, u64)> = groups
        .iter()
        .filter_map(|(_, f)| Some((f.lower_quartile.value()?, f.upper_quartile.value()?)))
        .collect();
    let (Some(low), Some(high)) = (
        bounds.iter().map(|b| b.0).min(),
        bounds.iter().map(|b| b.1).max(),
    ) else {
        return ().into_any();
    };
    // The track runs from the lowest lower quartile to the highest upper quartile shown.
    let start = low as f64;
    let width = (high - low).max(1) as f64;
    let percent = move |v: u64| format!("{}%", fixed((v as f64 - start) / width * 100.0, 2));
    view! {
        <div class="salary-chart" aria-hidden="true">
            {groups
                .into_iter()
                .map(|(label, f)| {
                    let bar = match (f.lower_quartile.value(), f.upper_quartile.value()) {
                        (Some(lq), Some(uq)) => Some((percent(lq), format!("{}%", fixed((uq - lq) as f64 / width * 100.0, 2)))),
                        _ => None,
                    };
                    let dot = f.median.value().map(percent);
                    view! {
                        <div class="chart-row">
                            <span class="chart-label">{label}</span>
                            // Drawn with SVG attributes, not inline styles, so the prerendered
                            // page shows it under the Content-Security-Policy too.
                            <span class="chart-track">
                                <svg class="chart-marks" focusable="false">
                                    {bar.map(|(left, w)| view! { <rect class="chart-bar" x=left width=w y="0" height="100%" rx="5"></rect> })}
                                    {dot.map(|left| view! { <circle class="chart-dot" cx=left cy="50%" r="7"></circle> })}
                                </svg>
                            </span>
                        </div>
                    }
                })
                .collect_view()}
            <p class="chart-scale"><span>{strings::kroner(&number(low))}</span><span>{strings::kroner(&number(high))}</span></p>
        </div>
        <p class="note">{strings::chart_legend()}</p>
    }
    .into_any()
}

/// Employed persons for a list of codes, one row per code.
#[component]
pub fn EmploymentTable(codes: Vec<StyrkCode>) -> impl IntoView {
    let data = crate::app::data::AppData::use_context();
    let rows = move || {
        let catalog = data.loaded()?;
        Some(
            codes
                .iter()
                .map(|code| {
                    let employment = catalog.employment(&code.code).copied();
                    let label = || view! { {code.code.clone()} " " {crate::app::components::code_name(code)} };
                    match employment {
                        Some(e) => view! {
                            <tr>
                                <th scope="row">{label()}</th>
                                <td class="num">{number(e.total)}</td>
                                <td class="num">{share_percent(e.permanent, e.total).unwrap_or_default()}</td>
                                <td class="num">{share_percent(e.temporary, e.total).unwrap_or_default()}</td>
                            </tr>
                        }
                        .into_any(),
                        None => view! {
                            <tr>
                                <th scope="row">{label()}</th>
                                <td class="num missing" colspan="3">{strings::no_cell()}</td>
                            </tr>
                        }
                        .into_any(),
                    }
                })
                .collect_view(),
        )
    };
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="figures">
                <caption>{strings::employment_caption()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{strings::col_code()}</th>
                        <th scope="col" class="num">{strings::col_employed()}</th>
                        <th scope="col" class="num">{strings::col_permanent()}</th>
                        <th scope="col" class="num">{strings::col_temporary()}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Change period of the salary-change source ("2024K4–2025K4"), for the change line.
pub fn change_period(catalog: &Catalog) -> String {
    catalog
        .source(SourceId::SalaryChange)
        .map(|s| s.period.clone())
        .unwrap_or_default()
}
