//! The fields the list's filters are set with, shared by the explorer (`/`) and the list of
//! occupations that fit on `/interesser`.

use crate::app::strings;
use crate::core::explore::{education_key, SortOrder};
use crate::core::model::EducationLevel;
use leptos::prelude::*;

/// One `<select>` bound to a filter value ("" = no filter). With `data_names`, the options
/// but "Alle" are names from the data (NAV's areas, SSB's groups), so bokmål on every page.
#[component]
pub fn SelectFilter(
    id: &'static str,
    #[prop(optional)] data_names: bool,
    label: &'static str,
    options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| on_change.run(event_target_value(&ev)) prop:value=move || value.get()>
                // Options are rebuilt only when the option list changes, not on every keystroke;
                // the chosen value follows through `prop:value`.
                {move || {
                    let current = value.get_untracked();
                    options
                        .get()
                        .into_iter()
                        .map(|(v, text)| {
                            let selected = v == current;
                            let lang = (data_names && !v.is_empty()).then_some("nb");
                            view! { <option value=v selected=selected lang=lang>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// "Alle" and the three education levels, as (value, label).
pub fn education_options() -> Vec<(String, String)> {
    std::iter::once((String::new(), strings::filter_any().to_string()))
        .chain(
            [
                EducationLevel::TradeCertificate,
                EducationLevel::VocationalCompetence,
                EducationLevel::HigherEducation,
            ]
            .map(|level| {
                (
                    education_key(level).to_string(),
                    education_label(level).to_string(),
                )
            }),
        )
        .collect()
}

/// The plain name of an education level.
pub fn education_label(level: EducationLevel) -> &'static str {
    match level {
        EducationLevel::TradeCertificate => strings::education_trade(),
        EducationLevel::VocationalCompetence => strings::education_vocational(),
        EducationLevel::HigherEducation => strings::education_higher(),
    }
}

/// The sort orders as (value, label); "best fit" only where there are interests to fit.
pub fn sort_options(with_fit: bool) -> Vec<(String, String)> {
    let fit = with_fit.then_some((SortOrder::Fit, strings::sort_fit()));
    fit.into_iter()
        .chain([
            (SortOrder::Relevance, strings::sort_relevance()),
            (SortOrder::Name, strings::sort_name()),
            (SortOrder::Salary, strings::sort_salary()),
            (SortOrder::Employment, strings::sort_employment()),
        ])
        .map(|(order, label)| (order.key().to_string(), label.to_string()))
        .collect()
}

/// The rule behind the list's order, shown under the fields.
pub fn sort_rule(order: SortOrder) -> &'static str {
    match order {
        SortOrder::Salary => strings::sort_salary_rule(),
        SortOrder::Employment => strings::sort_employment_rule(),
        SortOrder::Fit => strings::sort_fit_rule(),
        SortOrder::Name | SortOrder::Relevance => strings::salary_filter_rule(),
    }
}
