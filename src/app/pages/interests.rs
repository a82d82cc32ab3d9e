//! `/interesser` ("Hva liker du å gjøre?") and `/embed/interesser`: 30 short statements
//! answered with liker / vet ikke / liker ikke, all on one page or one at a time; then the
//! kinds of work the pupil likes most and the occupations that fit, with the list's filters
//! and sort orders. Everything lives in the address (`svar`, `typer`, the filters, `modus`);
//! nothing is sent or stored.

use crate::app::components::figures::{median_summary, SourceNote};
use crate::app::components::filter_fields::{
    education_label, education_options, sort_options, sort_rule, SelectFilter,
};
use crate::app::components::interests::{Bar, InterestBars};
use crate::app::components::{
    set_title, state_navigation, with_catalog, CopyButton, InPageLink, Link,
};
use crate::app::paths;
use crate::app::routes;
use crate::app::strings;
use crate::core::catalog::Catalog;
use crate::core::explore::{self, education_key, query_string, Filters, SortOrder};
use crate::core::glance::Glance;
use crate::core::interests::{
    fit_reason, statement_type, Answer, FitReason, InterestType, Interests, STATEMENTS_PER_TYPE,
    STATEMENT_COUNT,
};
use crate::core::lang::Lang;
use crate::core::model::{EducationLevel, SourceId};
use crate::core::programmes::short_name;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::sync::Arc;

/// Occupations shown before "show more".
const PAGE_SIZE: usize = 12;
/// The address key of the one-at-a-time view (`modus=en`).
const MODE_KEY: &str = "modus";
/// Query keys an embed carries (theme, accent, language note), kept through every change.
const EMBED_KEYS: [&str; 3] = ["tema", "farge", "sprak"];

#[component]
pub fn InterestsPage() -> impl IntoView {
    set_title(strings::interests_title());
    view! { <Interests page=routes::INTERESTS embedded=false/> }
}

/// The statements and what fits, at `page` (the site's or the embed's address). Embedded,
/// occupation links open the full app in a new tab.
#[component]
pub fn Interests(page: &'static str, embedded: bool) -> impl IntoView {
    let query_map = use_query_map();
    let filters = Memo::new(move |_| {
        let map = query_map.read();
        Filters::from_pairs(map.latest_values().map(|(k, v)| (k.as_ref(), v)))
    });
    let one_at_a_time = Memo::new(move |_| query_map.read().get(MODE_KEY).as_deref() == Some("en"));
    let kept: Vec<(&'static str, String)> = EMBED_KEYS
        .iter()
        .filter_map(|key| Some((*key, query_map.read_untracked().get(key)?)))
        .collect();
    let navigate = use_navigate();
    // The filters last written, until the address shows them: the router takes a new address
    // after the current task, so changes made in one task (the answers carried over from the
    // page before the app ran) each build on the one before, not on the address.
    let written = StoredValue::new(None::<Filters>);
    Effect::new(move |_| {
        filters.with(|now| {
            if written.with_value(|w| w.as_ref() == Some(now)) {
                written.set_value(None);
            }
        })
    });
    let current = Callback::new(move |()| {
        written
            .get_value()
            .unwrap_or_else(|| filters.get_untracked())
    });
    // Every change replaces the address: answers are many small steps, not pages to go back to.
    let go = Callback::new(move |(next, one): (Filters, bool)| {
        written.set_value(Some(next.clone()));
        let mut pairs: Vec<(&str, String)> = next.to_pairs();
        if one {
            pairs.push((MODE_KEY, "en".to_string()));
        }
        pairs.extend(kept.iter().cloned());
        navigate(
            &format!("{page}{}", query_string(&pairs)),
            state_navigation(true),
        );
    });
    let interests = Memo::new(move |_| filters.with(|f| f.interests.clone().unwrap_or_default()));
    // A change of answers or filters, in the view the pupil has chosen.
    let apply = Callback::new(move |next: Filters| go.run((next, one_at_a_time.get_untracked())));
    let start_over = move |_| apply.run(Filters::default());
    let answer = Callback::new(move |(index, value): (usize, Answer)| {
        let mut next = current.run(());
        let mut told = next.interests.take().unwrap_or_default();
        told.set_answer(index, Some(value));
        next.interests = Some(told);
        apply.run(next);
    });
    let choose_view = move |one: bool| go.run((current.run(()), one));
    // The answers on the site's own page (never the embed's frame), to share or keep.
    let answers_link = move || {
        let pairs = filters.with_untracked(Filters::to_pairs);
        paths::absolute(&format!("{}{}", routes::INTERESTS, query_string(&pairs)))
    };

    view! {
        <h1>{strings::interests_title()}</h1>
        <p class="interests-intro"><strong class="not-a-test">{strings::interests_not_a_test()}</strong>" "{strings::interests_intro()}</p>
        <div class="view-choice" role="group" aria-label=strings::interests_view_label()>
            <button type="button" class="button secondary" aria-pressed=move || (!one_at_a_time.get()).to_string() on:click=move |_| choose_view(false)>
                {strings::interests_view_list()}
            </button>
            <button type="button" class="button secondary" aria-pressed=move || one_at_a_time.get().to_string() on:click=move |_| choose_view(true)>
                {strings::interests_view_one()}
            </button>
        </div>
        <Show
            when=move || one_at_a_time.get()
            fallback=move || view! { <StatementList interests=interests answer=answer/> }
        >
            <OneStatement interests=interests answer=answer/>
        </Show>
        <div class="answered">
            <p role="status">
                {move || strings::answered_count(interests.with(Interests::answered), STATEMENT_COUNT)}
            </p>
            <Show when=move || filters.with(|f| f.interests.is_some())>
                <button type="button" class="button secondary" on:click=start_over>{strings::interests_start_over()}</button>
            </Show>
        </div>
        {with_catalog(move |catalog| view! { <Results catalog=catalog filters=filters current=current apply=apply embedded=embedded/> })}
        <Show when=move || filters.with(|f| f.interests.is_some())>
            <div class="actions">
                <CopyButton label=strings::interests_copy_link() done=strings::link_copied() text=answers_link/>
            </div>
        </Show>
        // Inside a school's page the frame's address cannot be seen: the link is copied instead.
        <p class="note">{if embedded { strings::interests_privacy_embedded() } else { strings::interests_privacy() }}</p>
    }
}

/// The three answers to statement `index` as radio buttons (arrow keys move between them,
/// Space chooses), the one given checked.
fn answer_choices(
    index: usize,
    interests: Memo<Interests>,
    answer: Callback<(usize, Answer)>,
) -> impl IntoView {
    Answer::ALL
        .into_iter()
        .map(|choice| {
            let checked = move || interests.with(|i| i.answers[index] == Some(choice));
            view! {
                <label class="answer">
                    <input
                        type="radio"
                        name=format!("utsagn-{index}")
                        value=choice.letter().to_string()
                        prop:checked=checked
                        on:change=move |_| answer.run((index, choice))
                    />
                    <span>{answer_label(choice)}</span>
                </label>
            }
        })
        .collect_view()
}

fn answer_label(answer: Answer) -> &'static str {
    match answer {
        Answer::Like => strings::answer_like(),
        Answer::Unsure => strings::answer_unsure(),
        Answer::Dislike => strings::answer_dislike(),
    }
}

/// Every statement on one page, each a group of three radio buttons.
#[component]
fn StatementList(interests: Memo<Interests>, answer: Callback<(usize, Answer)>) -> impl IntoView {
    view! {
        <section class="statements" aria-labelledby="utsagn">
            <h2 id="utsagn">{strings::statements_heading()}</h2>
            <ol class="statement-list">
                {(0..STATEMENT_COUNT)
                    .map(|index| view! {
                        <li>
                            <fieldset class="statement">
                                <legend>{strings::statement(index)}</legend>
                                <div class="answers">{answer_choices(index, interests, answer)}</div>
                            </fieldset>
                        </li>
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}

/// One statement at a time: three buttons that answer and move on, and back and forth. The
/// buttons stay in place while the statement changes, so keyboard focus stays on them.
#[component]
fn OneStatement(interests: Memo<Interests>, answer: Callback<(usize, Answer)>) -> impl IntoView {
    let first_open = interests
        .with_untracked(|i| i.answers.iter().position(Option::is_none))
        .unwrap_or(STATEMENT_COUNT);
    let step = RwSignal::new(first_open);
    let done = move || step.get() >= STATEMENT_COUNT;
    let buttons = Answer::ALL
        .into_iter()
        .map(|choice| {
            let pressed = move || {
                interests
                    .with(|i| i.answers.get(step.get()).copied().flatten() == Some(choice))
                    .to_string()
            };
            view! {
                <button
                    type="button"
                    class="button secondary answer-button"
                    aria-pressed=pressed
                    on:click=move |_| {
                        let index = step.get_untracked();
                        answer.run((index, choice));
                        step.set(index + 1);
                    }
                >
                    {answer_label(choice)}
                </button>
            }
        })
        .collect_view();
    view! {
        <section class="statements one-at-a-time" aria-labelledby="utsagn">
            <h2 id="utsagn">{strings::statements_heading()}</h2>
            <div hidden=done>
                <p class="progress" aria-live="polite">
                    {move || strings::statement_progress(step.get() + 1, STATEMENT_COUNT)}
                </p>
                <p class="statement-one">{move || strings::statement(step.get())}</p>
                <div class="answers" role="group" aria-label=move || strings::statement(step.get())>{buttons}</div>
            </div>
            <p hidden=move || !done()>
                <InPageLink id="resultat">{strings::statement_to_results()}</InPageLink>
            </p>
            <div class="step-buttons">
                <button type="button" class="button secondary" disabled=move || step.get() == 0 on:click=move |_| step.update(|s| *s = s.saturating_sub(1))>
                    {strings::statement_previous()}
                </button>
                <button type="button" class="button secondary" disabled=done on:click=move |_| step.update(|s| *s = (*s + 1).min(STATEMENT_COUNT))>
                    {strings::statement_next()}
                </button>
            </div>
        </section>
    }
}

/// The kinds of work liked most, a chart of the answers, and the occupations that fit.
#[component]
fn Results(
    catalog: Arc<Catalog>,
    filters: Memo<Filters>,
    current: Callback<(), Filters>,
    apply: Callback<Filters>,
    embedded: bool,
) -> impl IntoView {
    let interests = Memo::new(move |_| filters.with(|f| f.interests.clone()));
    let summary = move || {
        let Some(told) = interests.get() else {
            return view! { <p>{strings::interests_need_answers()}</p> }.into_any();
        };
        if !told.ranks() {
            return view! { <p>{strings::interests_need_variety()}</p> }.into_any();
        }
        let code = told.code();
        let sentence = if told.answered() == 0 {
            strings::you_chose(&told.chosen)
        } else {
            strings::you_like_most(&code)
        };
        let meanings = if told.answered() == 0 {
            told.chosen.clone()
        } else {
            code.kinds().collect()
        };
        let chart = (told.answered() > 0).then(|| {
            view! { <InterestBars caption=strings::interests_chart_caption() bars=liked_bars(&told)/> }
        });
        view! {
            <p class="lead">{sentence}</p>
            <ul class="kind-meanings">
                {meanings
                    .into_iter()
                    .map(|kind| view! {
                        <li><strong>{strings::interest_name(kind)}</strong>": "{strings::interest_meaning(kind)}</li>
                    })
                    .collect_view()}
            </ul>
            {chart}
            <p class="note">{strings::interests_how()}</p>
        }
        .into_any()
    };
    let ranks = Memo::new(move |_| interests.with(|i| i.as_ref().is_some_and(Interests::ranks)));
    view! {
        <section class="interest-results" id="resultat" aria-labelledby="resultat-tittel">
            <h2 id="resultat-tittel">{strings::interests_results_heading()}</h2>
            {summary}
        </section>
        <Show when=move || ranks.get()>
            <Fitting catalog=catalog.clone() filters=filters current=current apply=apply embedded=embedded/>
        </Show>
    }
}

/// Liked statements per kind of work, out of five.
fn liked_bars(interests: &Interests) -> Vec<Bar> {
    InterestType::ALL
        .into_iter()
        .map(|kind| {
            let liked = (0..STATEMENT_COUNT)
                .filter(|&i| {
                    statement_type(i) == kind && interests.answers[i] == Some(Answer::Like)
                })
                .count();
            Bar {
                kind,
                share: liked as f64 / STATEMENTS_PER_TYPE as f64,
                value: strings::liked_of(liked, STATEMENTS_PER_TYPE),
            }
        })
        .collect()
}

/// The occupations that fit, with the filters pupils narrow by (education, Vg1 programme,
/// area) and the sort orders.
#[component]
fn Fitting(
    catalog: Arc<Catalog>,
    filters: Memo<Filters>,
    current: Callback<(), Filters>,
    apply: Callback<Filters>,
    embedded: bool,
) -> impl IntoView {
    let set = move |change: Box<dyn Fn(&mut Filters)>| {
        let mut next = current.run(());
        change(&mut next);
        apply.run(next);
    };
    let data = crate::app::data::AppData::use_context();
    let results = {
        let catalog = catalog.clone();
        Memo::new(move |_| {
            data.search_ready.track();
            filters.with(|f| explore::explore(&catalog, f))
        })
    };
    // An address can carry a searched text too (`?q=`): search is readied, and the list
    // follows once it answers.
    Effect::new(move |_| {
        if filters.with(|f| !f.text.trim().is_empty()) {
            data.want_search();
        }
    });
    let visible = RwSignal::new(PAGE_SIZE);
    let some = |v: String| (!v.is_empty()).then_some(v);
    let any = || (String::new(), strings::filter_any().to_string());
    let programme_options: Vec<(String, String)> = std::iter::once(any())
        .chain(
            catalog
                .vg1_programmes()
                .into_iter()
                .map(|p| (p.code.clone(), short_name(p).to_string())),
        )
        .collect();
    let area_options: Vec<(String, String)> = std::iter::once(any())
        .chain(
            explore::nav_options(catalog.facets())
                .into_keys()
                .map(|area| (area.clone(), area)),
        )
        .collect();
    let rows = {
        let catalog = catalog.clone();
        move || {
            let told = filters.with(|f| f.interests.clone().unwrap_or_default());
            results.with(|explored| {
                explored
                    .positions
                    .iter()
                    .take(visible.get())
                    .map(|&position| fit_row(&catalog, position, &told, embedded))
                    .collect_view()
            })
        }
    };
    let count = Memo::new(move |_| results.with(|explored| explored.positions.len()));
    let waiting = Memo::new(move |_| results.with(|explored| explored.waiting_for_search));
    // Open when the address brings a choice; after that the pupil decides.
    let filters_open_at_start = filters.with_untracked(|f| {
        f.education.is_some()
            || f.programme.is_some()
            || f.nav_level1.is_some()
            || f.sort != SortOrder::Relevance
    });
    let in_explorer = Memo::new(move |_| {
        let mut all = filters.get();
        all.show_all = true;
        routes::explorer(&all.to_query())
    });
    view! {
        <section class="fitting" aria-labelledby="passer-tittel">
            <h2 id="passer-tittel">{strings::fitting_heading()}</h2>
            <details class="filters" open=filters_open_at_start>
            <summary>{strings::fitting_filters_label()}</summary>
            <div class="filter-grid">
                <SelectFilter
                    id="i-utdanning"
                    label=strings::filter_education()
                    options=Signal::stored(education_options())
                    value=Memo::new(move |_| filters.with(|f| f.education.map(education_key).unwrap_or_default().to_string()))
                    on_change=Callback::new(move |v: String| set(Box::new(move |f| f.education = explore::education_from_key(&v))))
                />
                <SelectFilter
                    id="i-program"
                    label=strings::filter_programme()
                    data_names=true
                    options=Signal::stored(programme_options)
                    value=Memo::new(move |_| filters.with(|f| f.programme.clone().unwrap_or_default()))
                    on_change=Callback::new(move |v: String| set(Box::new(move |f| f.programme = some(v.clone()))))
                />
                <SelectFilter
                    id="i-omrade"
                    label=strings::filter_nav1()
                    data_names=true
                    options=Signal::stored(area_options)
                    value=Memo::new(move |_| filters.with(|f| f.nav_level1.clone().unwrap_or_default()))
                    on_change=Callback::new(move |v: String| set(Box::new(move |f| {
                        f.nav_level1 = some(v.clone());
                        f.nav_level2 = None;
                    })))
                />
                <SelectFilter
                    id="i-sorter"
                    label=strings::sort_label()
                    options=Signal::stored(sort_options(true))
                    value=Memo::new(move |_| filters.with(|f| f.effective_sort().key().to_string()))
                    on_change=Callback::new(move |v: String| set(Box::new(move |f| f.sort = SortOrder::from_key(&v).unwrap_or_default())))
                />
            </div>
            <p class="note">{move || sort_rule(filters.with(Filters::effective_sort))}</p>
            </details>
            // A searched text in the address waits for search, as the list on `/` does.
            <p
                class="result-count"
                role="status"
                aria-live="polite"
                data-loading=move || waiting.get().then_some("")
            >
                {move || if waiting.get() {
                    strings::search_pending().to_string()
                } else {
                    strings::result_count(count.get(), catalog.occupations().len())
                }}
            </p>
            {move || filters.with(|f| {
                f.interests
                    .as_ref()
                    .filter(|told| told.is_rough())
                    .map(|told| view! { <p class="rough-note">{strings::fit_rough(told.answered())}</p> })
            })}
            <ol class="fit-list">{rows}</ol>
            <Show when=move || { count.get() > visible.get() }>
                <p class="more">
                    <button type="button" class="button secondary" on:click=move |_| visible.update(|v| *v += PAGE_SIZE * 2)>
                        {move || strings::show_more((count.get() - visible.get()).min(PAGE_SIZE * 2))}
                    </button>
                </p>
            </Show>
            {(!embedded).then(|| view! { <p><Link href=in_explorer>{strings::open_in_explorer()}</Link></p> })}
            <p class="note">{strings::interest_profile_note()}</p>
            <SourceNote id=SourceId::Interests/>
        </section>
    }
}

/// One occupation in the list: its title, why it is there, its salary and the way in.
fn fit_row(catalog: &Catalog, position: usize, told: &Interests, embedded: bool) -> AnyView {
    let occupation = &catalog.occupations()[position];
    let why = match occupation.interests.as_ref() {
        Some(profile) => match fit_reason(told, profile) {
            FitReason::Shared(shared) => strings::fit_shared(&shared),
            FitReason::Other(kinds) => strings::fit_other(&kinds),
        },
        None => strings::interest_profile_none().to_string(),
    };
    let salary = median_summary(&catalog.facets()[position])
        .unwrap_or_else(|| strings::salary_none().to_string());
    let way_in = way_in(&Glance::of(catalog, occupation));
    let path = routes::occupation(&occupation.slug);
    let title = occupation.title.clone();
    let english = (strings::lang() == Lang::En)
        .then(|| catalog.english_titles(occupation))
        .flatten()
        .map(|titles| view! { <span class="english-title" lang="en">{titles}</span> });
    let link = if embedded {
        view! { <a href=paths::absolute(&path) target="_blank" rel="noopener noreferrer" class="occupation-link"><span lang="nb">{title}</span></a> }.into_any()
    } else {
        view! { <Link href=path class="occupation-link"><span lang="nb">{title}</span></Link> }
            .into_any()
    };
    view! {
        <li class="fit-row">
            {link}
            {english}
            <span class="why">{why}</span>
            <span class="row-facts">
                <span class="figure">{salary}</span>
                <span class="figure">{strings::glance_way_in_label()}": "{way_in}</span>
            </span>
        </li>
    }
    .into_any()
}

/// The way in, short: "Vg1 Elektro og datateknologi, fagbrev eller svennebrev", "Høyere
/// utdanning", or that the data does not say. Programme names are the data's (bokmål).
fn way_in(glance: &Glance) -> AnyView {
    let mut ways: Vec<AnyView> = Vec::new();
    if glance.trade_certificate || glance.vocational {
        let level = if glance.trade_certificate {
            EducationLevel::TradeCertificate
        } else {
            EducationLevel::VocationalCompetence
        };
        let label = education_label(level);
        ways.push(match glance.entry_programmes.first() {
            Some(vg1) => {
                let name = vg1.name.clone();
                view! { "Vg1 " <span lang="nb">{name}</span> ", " {label.to_lowercase()} }
                    .into_any()
            }
            None => label.into_any(),
        });
    }
    if glance.higher_education {
        ways.push(education_label(EducationLevel::HigherEducation).into_any());
    }
    if ways.is_empty() {
        return strings::glance_way_in_missing().into_any();
    }
    let count = ways.len();
    ways.into_iter()
        .enumerate()
        .map(|(i, way)| view! { {way} {(i + 1 < count).then_some(" · ")} })
        .collect_view()
        .into_any()
}
