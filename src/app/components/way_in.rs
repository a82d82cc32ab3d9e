//! "Veien inn": the ways into an occupation from its glance (Vg1 programmes, each linking to
//! its page under /vgs, then a trade certificate or school; higher education), as the
//! occupation page and the compare table show it.

use crate::app::components::Link;
use crate::app::routes;
use crate::app::strings;
use crate::core::glance::Glance;
use leptos::prelude::*;

/// The ways in as a list; nothing when the glance has none ([`Glance::has_way_in`]), which
/// the caller says in its own words.
#[component]
pub fn WayIn(glance: Glance) -> impl IntoView {
    let vg1_links = |after: &'static str| {
        let links = glance
            .entry_programmes
            .iter()
            .enumerate()
            .map(|(i, step)| {
                let separator = (i > 0).then(|| format!(" {} ", strings::glance_or()));
                let name = step.name.clone();
                view! {
                    {separator}
                    <Link href=routes::programme(&step.code)><span lang="nb">{name}</span></Link>
                }
            })
            .collect_view();
        view! { "Vg1 " {links} {after} }.into_any()
    };
    let mut ways: Vec<AnyView> = Vec::new();
    if glance.trade_certificate || glance.vocational {
        ways.push(
            match (glance.entry_programmes.is_empty(), glance.trade_certificate) {
                (true, _) => strings::glance_trade_only().into_any(),
                (false, true) => vg1_links(strings::glance_trade_after()),
                (false, false) => vg1_links(strings::glance_school_after()),
            },
        );
    }
    if glance.higher_education {
        ways.push(strings::glance_higher().into_any());
    }
    (!ways.is_empty()).then(|| {
        view! {
            <ul class="glance-ways">
                {ways.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
            </ul>
        }
    })
}
