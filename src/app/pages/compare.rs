//! `/sammenlign?yrker=a,b,c`: up to four occupations side by side. The URL names the
//! occupations; without it, the saved selection is shown.

use crate::app::components::figures::{figure_text, SourceNote};
use crate::app::components::way_in::WayIn;
use crate::app::components::{set_title, state_navigation, with_catalog};
use crate::app::components::{Link, PageActions};
use crate::app::data::AppData;
use crate::app::routes;
use crate::app::strings;
use crate::app::strings::number;
use crate::core::catalog::{split_compare_list, Catalog};
use crate::core::glance::Glance;
use crate::core::model::{EducationLevel, OccupationSummary, SourceId};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::sync::Arc;

#[component]
pub fn ComparePage() -> impl IntoView {
    set_title(strings::compare_title());
    let data = AppData::use_context();
    let query_map = use_query_map();
    let navigate = use_navigate();
    let shared = Memo::new(move |_| {
        query_map
            .read()
            .get("yrker")
            .map(|list| split_compare_list(&list))
    });
    // A shared link that differs from a saved selection is shown, not saved, until the reader
    // chooses; one that matches it or meets no saved selection becomes the selection.
    let differs = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(slugs) = shared.get() {
            let saved = data.compare.get_untracked();
            if saved.is_empty() || saved == slugs {
                differs.set(false);
                if saved != slugs {
                    data.compare.set(slugs);
                }
            } else {
                differs.set(true);
            }
        } else {
            differs.set(false);
        }
    });
    // Changes to the selection (removing a column) are written back to the URL.
    Effect::new(move |_| {
        let slugs = data.compare.get();
        if differs.get_untracked() {
            return;
        }
        let href = routes::compare(&slugs);
        let current = query_map.get_untracked().get("yrker").unwrap_or_default();
        if current != slugs.join(",") {
            navigate(&href, state_navigation(true));
        }
    });
    let shown = Signal::derive(move || {
        if differs.get() {
            shared.get().unwrap_or_default()
        } else {
            data.compare.get()
        }
    });
    let navigate = use_navigate();
    let remove = Callback::new(move |slug: String| {
        if differs.get_untracked() {
            let rest: Vec<String> = shown
                .get_untracked()
                .into_iter()
                .filter(|s| *s != slug)
                .collect();
            navigate(&routes::compare(&rest), state_navigation(true));
        } else {
            data.toggle_compare(&slug);
        }
    });
    let choice = move || {
        differs.get().then(|| {
            let saved = data.compare.get();
            let keep = move |_| {
                differs.set(false);
                data.compare.set(shared.get_untracked().unwrap_or_default());
            };
            view! {
                <div class="compare-choice" role="status">
                    <p>{strings::compare_shared_differs(saved.len())}</p>
                    <p class="actions">
                        <button type="button" class="button" on:click=keep>{strings::compare_save_shared()}</button>
                        " "
                        <Link href=routes::compare(&saved)>{strings::compare_show_saved()}</Link>
                    </p>
                </div>
            }
        })
    };
    view! {
        <h1>{strings::compare_title()}</h1>
        {choice}
        {with_catalog(move |catalog| view! { <CompareTable catalog=catalog shown=shown remove=remove/> })}
    }
}

fn education_text(occupation: &OccupationSummary) -> String {
    let labels: Vec<&str> = occupation
        .education_levels
        .iter()
        .map(|level| match level {
            EducationLevel::TradeCertificate => strings::education_trade(),
            EducationLevel::VocationalCompetence => strings::education_vocational(),
            EducationLevel::HigherEducation => strings::education_higher(),
        })
        .collect();
    if labels.is_empty() {
        strings::none_dash().into()
    } else {
        labels.join(", ")
    }
}

/// The occupations `shown` side by side; `remove` takes a column away.
#[component]
fn CompareTable(
    catalog: Arc<Catalog>,
    shown: Signal<Vec<String>>,
    remove: Callback<String>,
) -> impl IntoView {
    move || {
        let list = shown.get().join(",");
        let chosen: Vec<OccupationSummary> =
            catalog.compare_list(&list).into_iter().cloned().collect();
        if chosen.is_empty() {
            return view! { <p class="empty">{strings::compare_empty()}</p> }.into_any();
        }
        let per_code =
            |occupation: &OccupationSummary, render: &dyn Fn(&str) -> Option<String>| -> AnyView {
                if occupation.styrk.is_empty() {
                    return strings::none_dash().into_any();
                }
                occupation
                    .styrk
                    .iter()
                    .map(|code| {
                        let text = render(code).unwrap_or_else(|| strings::no_cell().to_string());
                        view! { <div>{format!("{code}: {text}")}</div> }
                    })
                    .collect_view()
                    .into_any()
            };
        let header = chosen
            .iter()
            .map(|o| {
                let slug = o.slug.clone();
                let title = o.title.clone();
                let href = routes::occupation(&o.slug);
                let link_text = o.title.clone();
                view! {
                    <th scope="col">
                        <Link href=href>{link_text}</Link>
                        <button
                            type="button"
                            class="button small secondary"
                            on:click=move |_| remove.run(slug.clone())
                        >
                            {strings::compare_remove()}
                            <span class="visually-hidden">{format!(" {title}")}</span>
                        </button>
                    </th>
                }
            })
            .collect_view();
        let row = |label: &'static str, cells: Vec<AnyView>| {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    {cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                </tr>
            }
        };
        let medians = chosen
            .iter()
            .map(|o| {
                per_code(o, &|code| {
                    catalog.salary(code).map(|s| figure_text(s.all.median))
                })
            })
            .collect();
        let quartiles = chosen
            .iter()
            .map(|o| {
                per_code(o, &|code| {
                    catalog.salary(code).map(|s| {
                        format!(
                            "{} – {}",
                            figure_text(s.all.lower_quartile),
                            figure_text(s.all.upper_quartile)
                        )
                    })
                })
            })
            .collect();
        let employed = chosen
            .iter()
            .map(|o| per_code(o, &|code| catalog.employment(code).map(|e| number(e.total))))
            .collect();
        let education = chosen
            .iter()
            .map(|o| education_text(o).into_any())
            .collect();
        let ways_in = chosen
            .iter()
            .map(|o| {
                let glance = Glance::of(&catalog, o);
                if glance.has_way_in() {
                    view! { <WayIn glance=glance/> }.into_any()
                } else {
                    view! { <span class="missing-note">{strings::glance_way_in_missing()}</span> }
                        .into_any()
                }
            })
            .collect();
        let codes = chosen
            .iter()
            .map(|o| per_code(o, &|code| catalog.code(code).map(|c| c.name.clone())))
            .collect();
        let tasks = chosen
            .iter()
            .map(|o| view! { <TaskCell slug=o.slug.clone()/> }.into_any())
            .collect();
        view! {
            <PageActions/>
            <div class="table-wrap" tabindex="0">
                <table class="figures compare">
                    <caption>{strings::compare_caption()}</caption>
                    <thead>
                        <tr>
                            <td></td>
                            {header}
                        </tr>
                    </thead>
                    <tbody>
                        {row(strings::compare_row_median(), medians)}
                        {row(strings::compare_row_quartiles(), quartiles)}
                        {row(strings::compare_row_employed(), employed)}
                        {row(strings::compare_row_education(), education)}
                        {row(strings::glance_way_in_label(), ways_in)}
                        {row(strings::compare_row_codes(), codes)}
                        {row(strings::compare_row_tasks(), tasks)}
                    </tbody>
                </table>
            </div>
            <SourceNote id=SourceId::Salary/>
            <SourceNote id=SourceId::Employment/>
        }
        .into_any()
    }
}

/// The task list of one occupation, fetched with its texts.
#[component]
fn TaskCell(slug: String) -> impl IntoView {
    let data = crate::app::data::AppData::use_context();
    move || {
        match data.detail(&slug) {
        None => strings::text_loading().into_any(),
        Some(Ok(Some(detail))) if !detail.tasks.is_empty() => view! {
            <ul class="compact-list">
                {detail
                    .tasks
                    .iter()
                    .cloned()
                    .map(|t| view! { <li lang="nb">{crate::app::components::rich_text::spans_view(t)}</li> })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        Some(Ok(_)) => strings::none_dash().into_any(),
        Some(Err(error)) => error.message().into_any(),
    }
    }
}
