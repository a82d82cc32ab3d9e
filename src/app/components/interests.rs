//! Interest charts and the occupation page's "Passer for deg som liker …".

use crate::app::components::figures::SourceNote;
use crate::app::components::Link;
use crate::app::routes;
use crate::app::strings;
use crate::core::format::fixed;
use crate::core::interests::{ranked, InterestType, Profile};
use crate::core::model::{OccupationSummary, SourceId};
use leptos::prelude::*;

/// One bar of an [`InterestBars`] chart.
pub struct Bar {
    pub kind: InterestType,
    /// Length of the bar, 0 to 1.
    pub share: f64,
    /// The figure written beside it, with its unit ("6,9 av 7").
    pub value: String,
}

/// Six horizontal bars, one per kind of work, each with its figure written out (the bars are
/// drawn with SVG attributes, so the prerendered page shows them under the CSP).
#[component]
pub fn InterestBars(caption: &'static str, bars: Vec<Bar>) -> impl IntoView {
    view! {
        <figure class="interest-chart">
            <figcaption>{caption}</figcaption>
            <ul>
                {bars
                    .into_iter()
                    .map(|bar| {
                        let width = format!("{}%", fixed(bar.share.clamp(0.0, 1.0) * 100.0, 1));
                        view! {
                            <li class="interest-bar">
                                <span class="chart-label">{strings::interest_name(bar.kind)}</span>
                                <span class="chart-track" aria-hidden="true">
                                    <svg class="chart-marks" focusable="false">
                                        <rect class="chart-bar" x="0" y="0" width=width height="100%" rx="5"></rect>
                                    </svg>
                                </span>
                                <span class="chart-value">{bar.value}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </figure>
    }
}

/// The bars of an occupation's profile (1–7).
pub fn profile_bars(profile: &Profile) -> Vec<Bar> {
    InterestType::ALL
        .into_iter()
        .map(|kind| {
            let tenths = profile[kind.index()];
            Bar {
                kind,
                share: f64::from(tenths.saturating_sub(10)) / 60.0,
                value: strings::score_of_seven(tenths),
            }
        })
        .collect()
}

/// "Passer for deg som liker …": the occupation's two largest kinds of work, a chart of all
/// six, a link to `/interesser` with those two chosen, and where the profile comes from.
#[component]
pub fn OccupationInterests(occupation: OccupationSummary) -> impl IntoView {
    let Some(profile) = occupation.interests else {
        return view! {
            <section class="occupation-interests" aria-labelledby="interesser">
                <h2 id="interesser">{strings::interests_title()}</h2>
                <p class="missing-note">{strings::interest_profile_missing()}</p>
            </section>
        }
        .into_any();
    };
    let top: Vec<InterestType> = ranked(&profile).into_iter().take(2).collect();
    view! {
        <section class="occupation-interests" aria-labelledby="interesser">
            <h2 id="interesser">{strings::fits_people_who_like(&top)}</h2>
            <ul class="kind-meanings">
                {top
                    .iter()
                    .map(|kind| view! {
                        <li><strong>{strings::interest_name(*kind)}</strong>": "{strings::interest_meaning(*kind)}</li>
                    })
                    .collect_view()}
            </ul>
            <InterestBars caption=strings::interest_profile_chart_caption() bars=profile_bars(&profile)/>
            <p><Link href=routes::interests_with(&top)>{strings::try_with_kinds(&top)}</Link></p>
            <p class="note">{strings::interest_profile_note()}</p>
            <SourceNote id=SourceId::Interests/>
        </section>
    }
    .into_any()
}
