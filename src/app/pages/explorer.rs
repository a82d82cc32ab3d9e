//! `/`: every occupation, filtered and sorted as the user chooses. All choices live in the URL
//! (see [`Filters::to_query`]), so reload, back/forward and shared links restore them.

use crate::app::components::compare::CompareToggle;
use crate::app::components::figures::{employed_summary, median_summary};
use crate::app::components::filter_fields::{
    education_label, education_options, sort_options, sort_rule, SelectFilter,
};
use crate::app::components::later::LaterPart;
use crate::app::components::on_screen::OnScreen;
use crate::app::components::search_results::{
    MatchedPassage, ProgrammeHits, SchoolHits, StudyHits,
};
use crate::app::components::status::SearchFailed;
use crate::app::components::ways_in::{Doors, WaysIn};
use crate::app::components::{marked, set_title, state_navigation, with_catalog};
use crate::app::data::AppData;
use crate::app::page_chunks;
use crate::app::routes;
use crate::app::strings;
use crate::core::catalog::Catalog;
use crate::core::explore::{self, education_key, text_as_read, Explored, Filters, SortOrder};
use crate::core::fulltext::MatchedStems;
use crate::core::lang::Lang;
use crate::core::model::EducationLevel;
use crate::core::order;
use crate::core::programmes::short_name;
use crate::core::search::{highlight, Answer};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::sync::Arc;

/// Rows shown before "show more".
const PAGE_SIZE: usize = 24;
/// Rows taken to be on screen until the browser has said which are (a phone shows 2–5, a
/// laptop about 6).
const ROWS_ON_FIRST_SCREEN: usize = 8;
/// Pause in typing after which the query is written to the URL, and the rows off screen
/// catch up with it.
const URL_UPDATE_DELAY: std::time::Duration = std::time::Duration::from_millis(300);

#[component]
pub fn ExplorerPage() -> impl IntoView {
    set_title("");
    view! {
        <h1 class="front-title">{strings::app_name()}</h1>
        <p class="lead tagline">{strings::tagline()}</p>
        {with_catalog(|catalog| view! { <Explorer catalog=catalog/> })}
    }
}

#[component]
fn Explorer(catalog: Arc<Catalog>) -> impl IntoView {
    let query_map = use_query_map();
    let url_filters = Memo::new(move |_| {
        let map = query_map.read();
        Filters::from_pairs(map.latest_values().map(|(k, v)| (k.as_ref(), v)))
    });
    // What is typed filters at once; the URL follows when typing pauses, so a keystroke costs
    // a search and a render, not a navigation.
    let typed = RwSignal::new(url_filters.get_untracked().text);
    // The value written into the field: only when the text changes from outside (a URL, a
    // clear button), never per keystroke, since writing a focused field forces a layout.
    let field = RwSignal::new(typed.get_untracked());
    let typing_generation = RwSignal::new(0u64);
    // False from a keystroke until typing pauses (URL_UPDATE_DELAY): the rows fetch the pages
    // they show passages from only then.
    let typing_paused = RwSignal::new(true);
    let set_text_from_outside = move |text: String| {
        typing_generation.update(|g| *g += 1); // a pending URL write is void
        typing_paused.set(true);
        typed.set(text.clone());
        field.set(text);
    };
    // The texts this page wrote to the address itself, oldest first, until each comes back
    // through the router: the field may by then hold newer typing, which must not be
    // overwritten (on a busy laptop a write can come back after the next one was made).
    let written = StoredValue::new(Vec::<String>::new());
    Effect::new(move |_| {
        let text = url_filters.with(|f| f.text.clone());
        let own_write = written
            .try_update_value(|pending| match pending.iter().position(|w| *w == text) {
                Some(at) => {
                    pending.drain(..=at);
                    true
                }
                None => {
                    pending.clear();
                    false
                }
            })
            .unwrap_or(true);
        if own_write {
            return;
        }
        if typed.get_untracked() != text {
            set_text_from_outside(text);
        }
    });
    let filters = Memo::new(move |_| {
        let mut current = url_filters.get();
        current.text = typed.get();
        current
    });
    let navigate = use_navigate();
    let go = Callback::new(move |(next, replace): (Filters, bool)| {
        navigate(
            &routes::explorer(&next.to_query()),
            state_navigation(replace),
        )
    });
    // Selects, sort and salary push a history entry; typing replaces it.
    let set = move |change: Box<dyn Fn(&mut Filters)>| {
        let mut next = filters.get_untracked();
        change(&mut next);
        go.run((next, false));
    };
    let query = Memo::new(move |_| filters.with(|f| f.text.clone()));
    // The list shows once something is searched, filtered or sorted, or all are asked for;
    // before that the page offers the ways in.
    let lists = Memo::new(move |_| filters.with(Filters::lists));
    // What depends on the filters but not on the typed text reads `url_filters` (whose other
    // fields are the same), so a keystroke does not run it; the order depends on whether a
    // text is typed, so it is a memo of its own.
    let sort = Memo::new(move |_| filters.with(Filters::effective_sort));
    // Rows in the DOM: a phone keeps up per keystroke with a page of rows, not with 599.
    let visible = RwSignal::new(PAGE_SIZE);
    Effect::new(move |_| {
        filters.track();
        if visible.get_untracked() != PAGE_SIZE {
            visible.set(PAGE_SIZE);
        }
    });
    let total = catalog.occupations().len();
    let data = AppData::use_context();
    // A searched text from the address (also one a link sets while the list is open).
    Effect::new(move |_| {
        if filters.with(|f| !f.text.trim().is_empty()) {
            data.want_search();
        }
    });
    let results = {
        let catalog = catalog.clone();
        Memo::new(move |_| {
            // Searched once search is ready, and again once every page's texts are in.
            data.search_ready.track();
            data.full_text.track();
            filters.with(|f| explore::explore(&catalog, f))
        })
    };
    let count = Memo::new(move |_| results.with(|r| r.positions.len()));
    // Once occupations are listed, the page each one links to is fetched ahead (once).
    Effect::new(move |fetched: Option<bool>| {
        if fetched == Some(true) {
            return true;
        }
        let listed = lists.get() && count.get() > 0;
        if listed {
            page_chunks::fetch_occupation_page();
        }
        listed
    });
    // A text typed before search is ready: the list says the answer is on its way.
    let waiting = Memo::new(move |_| results.with(|r| r.waiting_for_search));
    // The answer is still coming (not when search could not be readied: that shows its error).
    let on_its_way = move || waiting.get() && data.search_failed.read().is_none();
    let ways_in_catalog = catalog.clone();
    // How far the hits are from what was typed: every word, some words, or only spelling.
    let nearest = Memo::new(move |_| {
        results.with(|r| {
            r.search
                .as_ref()
                .map(|s| s.answer)
                .filter(|a| matches!(a, Answer::Nearest | Answer::Spelling))
                .filter(|_| !r.positions.is_empty())
        })
    });
    let stems = Memo::new(move |_| {
        results.with(|r| {
            r.search
                .as_ref()
                .map(|s| s.stems.clone())
                .unwrap_or_default()
        })
    });
    // Set while a keystroke waits for the next frame to be searched (see `on_text`).
    let keystroke_pending = StoredValue::new(false);
    // While someone types, only the rows on screen follow each keystroke; the others catch up
    // once typing pauses, or when they are scrolled into view. Any other change (a filter, the
    // order, the texts arriving) every row follows at once. `settled` counts the catch-ups.
    let settled = RwSignal::new(0u64);
    Effect::new(move |_| {
        results.track();
        query.track();
        if typing_paused.get() && !waiting.get() {
            settled.update(|n| *n += 1);
        }
    });
    // The text every row shows results for (all rows have caught up with it).
    let settled_query = Memo::new(move |_| {
        settled.track();
        query.get_untracked()
    });
    // Row places in the list. While someone types, the first page of places is not taken away
    // (a row past the results is hidden, not removed): a burst that narrows the results and
    // widens them again does not take rows down and build them anew. Once typing pauses, the
    // list holds exactly the rows it shows.
    let slots = Memo::new(move |before: Option<&usize>| {
        let wanted = count.get().min(visible.get());
        let paused = typing_paused.get();
        match before {
            Some(&before) if !paused => wanted.max(before.min(PAGE_SIZE)),
            _ => wanted,
        }
    });
    let rows = RowSources {
        results,
        count,
        settled,
        query,
        stems,
        fetch_passages: typing_paused.into(),
        on_screen: OnScreen::new(),
    };

    let nav_options = explore::nav_options(catalog.facets());
    let level1_options: Vec<(String, String)> =
        std::iter::once((String::new(), strings::filter_any().to_string()))
            .chain(nav_options.keys().map(|k| (k.clone(), k.clone())))
            .collect();
    let level2_options = {
        let nav_options = nav_options.clone();
        Memo::new(move |_| {
            let level1 = url_filters.with(|f| f.nav_level1.clone());
            let mut options: Vec<String> = nav_options
                .iter()
                .filter(|(l1, _)| level1.as_ref().map(|x| x == *l1).unwrap_or(true))
                .flat_map(|(_, l2s)| l2s.keys().cloned())
                .collect();
            order::sort(&mut options);
            options.dedup();
            std::iter::once((String::new(), strings::filter_any().to_string()))
                .chain(options.into_iter().map(|k| (k.clone(), k)))
                .collect::<Vec<_>>()
        })
    };
    let major_options: Vec<(String, String)> =
        std::iter::once((String::new(), strings::filter_any().to_string()))
            .chain(
                catalog
                    .snapshot()
                    .styrk
                    .iter()
                    .filter(|c| c.level == 1)
                    .map(|c| (c.code.clone(), format!("{} {}", c.code, c.name))),
            )
            .collect();
    let education_options = education_options();
    let sort_options = {
        let with_fit = filters.with_untracked(|f| f.interests.is_some());
        sort_options(with_fit)
    };
    let some = |v: String| (!v.is_empty()).then_some(v);

    // Keystrokes that arrive while the last one's results are still rendering fold into one:
    // the field is read when the next frame starts, so a fast typist on a slow laptop never
    // waits for the results of letters already typed over.
    let on_text = move |ev: leptos::ev::Event| {
        if keystroke_pending.get_value() {
            return;
        }
        keystroke_pending.set_value(true);
        let field: web_sys::HtmlInputElement = event_target(&ev);
        request_animation_frame(move || {
            if keystroke_pending.try_set_value(false).is_some() {
                return; // the page is gone
            }
            typed.set(field.value());
            if typing_paused.get_untracked() {
                typing_paused.set(false);
            }
            let generation = typing_generation.get_untracked() + 1;
            typing_generation.set(generation);
            set_timeout(
                move || {
                    // The page may be gone by now (the user followed a link): then there is
                    // nothing to write, and its signals must not be read.
                    if typing_generation.try_get_untracked() == Some(generation) {
                        typing_paused.set(true);
                        if let Some(current) = filters.try_get_untracked() {
                            written
                                .update_value(|pending| pending.push(text_as_read(&current.text)));
                            go.run((current, true));
                        }
                    }
                },
                URL_UPDATE_DELAY,
            );
        });
    };
    let salary_input = move |id: &'static str, label: &'static str, is_min: bool| {
        let value = move || {
            url_filters
                .with(|f| if is_min { f.salary_min } else { f.salary_max })
                .map(|v| v.to_string())
                .unwrap_or_default()
        };
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input
                    id=id
                    type="number"
                    inputmode="numeric"
                    min="0"
                    step="5000"
                    prop:value=value
                    on:change=move |ev| {
                        let parsed = event_target_value(&ev).trim().parse::<u64>().ok();
                        set(Box::new(move |f| if is_min { f.salary_min = parsed } else { f.salary_max = parsed }));
                    }
                />
            </div>
        }
    };
    // Clearing every filter keeps the whole list in view (not the front page's doors).
    let clear_all = move |_| {
        set_text_from_outside(String::new());
        go.run((
            Filters {
                show_all: true,
                ..Filters::default()
            },
            false,
        ));
    };
    // Open when a shared link or reload brings filters; after that the user decides.
    let filters_open_at_start = filters.with_untracked(|f| {
        f.nav_level1.is_some()
            || f.nav_level2.is_some()
            || f.major_group.is_some()
            || f.salary_min.is_some()
            || f.salary_max.is_some()
            || f.education.is_some()
            || f.sort != SortOrder::Relevance
    });

    view! {
        <LaterPart class="search-part">
        <search class="search">
            <label for="sok" class="search-label">{strings::search_label()}</label>
            <p id="sok-hjelp" class="hint">{strings::search_hint()}</p>
            <div class="search-row">
                <input
                    id="sok"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="sok-hjelp"
                    placeholder=strings::search_placeholder()
                    prop:value=move || field.get()
                    on:input=on_text
                    on:focus=move |_| data.want_search()
                />
                <Show when=move || typed.with(|t| !t.is_empty())>
                    <button
                        type="button"
                        class="button secondary"
                        on:click=move |_| {
                            set_text_from_outside(String::new());
                            set(Box::new(|f| f.text.clear()));
                        }
                    >
                        {strings::clear_search()}
                    </button>
                </Show>
            </div>
        </search>
        </LaterPart>
        <Show when=move || !lists.get()>
            <Doors total=total/>
        </Show>
        <details class="filters" open=filters_open_at_start>
            <summary>{strings::filters_heading()}</summary>
            <LaterPart class="filter-grid">
                <SelectFilter
                    id="f-nav1"
                    label=strings::filter_nav1()
                    data_names=true
                    options=Signal::stored(level1_options)
                    value=Memo::new(move |_| url_filters.with(|f| f.nav_level1.clone().unwrap_or_default()))
                    on_change=Callback::new(move |v: String| set(Box::new(move |f| {
                        f.nav_level1 = some(v.clone());
                        f.nav_level2 = None;
                    })))
                />
                <SelectFilter
                    id="f-nav2"
                    label=strings::filter_nav2()
                    data_names=true
                    options=Signal::from(level2_options)
                    value=Memo::new(move |_| url_filters.with(|f| f.nav_level2.clone().unwrap_or_default()))
                    on_change=Callback::new(move |v: String| set(Box::new(move |f| f.nav_level2 = some(v.clone()))))
                />
                <SelectFilter
                    id="f-hovedgruppe"
                    label=strings::filter_major()
                    data_names=true
                    options=Signal::stored(major_options)
                    value=Memo::new(move |_| url_filters.with(|f| f.major_group.clone().unwrap_or_default()))
                    on_change=Callback::new(move |v: String| set(Box::new(move |f| f.major_group = some(v.clone()))))
                />
                <SelectFilter
                    id="f-utdanning"
                    label=strings::filter_education()
                    options=Signal::stored(education_options)
                    value=Memo::new(move |_| url_filters.with(|f| f.education.map(education_key).unwrap_or_default().to_string()))
                    on_change=Callback::new(move |v: String| set(Box::new(move |f| f.education = explore::education_from_key(&v))))
                />
                {salary_input("f-lonn-min", strings::filter_salary_min(), true)}
                {salary_input("f-lonn-max", strings::filter_salary_max(), false)}
                <SelectFilter
                    id="f-sorter"
                    label=strings::sort_label()
                    options=Signal::stored(sort_options)
                    value=Memo::new(move |_| sort.get().key().to_string())
                    on_change=Callback::new(move |v: String| set(Box::new(move |f| f.sort = SortOrder::from_key(&v).unwrap_or_default())))
                />
            </LaterPart>
            <p class="note">{move || sort_rule(sort.get())}</p>
        </details>
        <LaterPart class="results-part">
        <div class="result-bar">
            // data-full-text and data-query say (to tests and tools) whether the pages' texts are
            // searched yet, and which typed text the whole list (its later rows too) shows
            // results for; data-loading, while search gets ready, keeps the start-up from
            // showing the page before its answer (`start/twin.rs`).
            <p
                class="result-count"
                role="status"
                aria-live="polite"
                data-full-text=move || data.full_text.get().to_string()
                data-query=move || settled_query.get()
                data-loading=move || on_its_way().then_some("")
            >
                {move || lists.get().then(|| if waiting.get() {
                    on_its_way().then(strings::search_pending).unwrap_or_default().to_string()
                } else {
                    strings::result_count(count.get(), total)
                })}
            </p>
            <Show when=move || url_filters.with(Filters::has_filters)>
                <button type="button" class="button secondary" on:click=clear_all>{strings::clear_filters()}</button>
            </Show>
        </div>
        <SearchFailed/>
        // Shown by start.js (never by the app) when someone types before the app is live: the
        // prerendered list would otherwise stand still under the query.
        <p class="search-pending" role="status" hidden>{strings::search_pending()}</p>
        {
            let catalog = catalog.clone();
            move || {
                let code = url_filters.with(|f| f.programme.clone())?;
                let text = match catalog.programme(&code) {
                    Some(programme) => strings::programme_filter(short_name(programme)),
                    None => strings::programme_unknown().to_string(),
                };
                Some(view! {
                    <p class="programme-filter">
                        {text}" "
                        <button
                            type="button"
                            class="button secondary"
                            on:click=move |_| set(Box::new(|f| {
                                f.programme = None;
                                f.show_all = true;
                            }))
                        >
                            {strings::show_all_occupations()}
                        </button>
                    </p>
                })
            }
        }
        // "tjene mye penger": a question no search answers, the list by pay does.
        <Show when=move || query.with(|q| explore::asks_about_pay(q))>
            <p class="pay-hint">
                {strings::pay_hint()}" "
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        set_text_from_outside(String::new());
                        go.run((filters.get_untracked().by_pay(), false));
                    }
                >
                    {strings::list_by_pay()}
                </button>
            </p>
        </Show>
        <ProgrammeHits catalog=catalog.clone() query=query/>
        <SchoolHits query=query/>
        <StudyHits query=query/>
        <Show when=move || lists.get() && nearest.get().is_some()>
            <p class="nearest-note">{move || match nearest.get() {
                Some(Answer::Spelling) => strings::nearest_by_spelling(&query.get()),
                _ => strings::nearest_results(&query.get()),
            }}</p>
        </Show>
        <Show
            when=move || { lists.get() && count.get() > 0 }
            fallback=move || (lists.get() && !waiting.get()).then(|| view! { <EmptyResult filters=filters go=go/> })
        >
            {
                let catalog = catalog.clone();
                view! {
                    <ul class="occupation-list" aria-label=strings::results_label()>
                        // Rows are slots keyed by their place in the list: a keystroke rewrites
                        // the texts of the slots whose occupation changed instead of building rows.
                        <For
                            each=move || 0..slots.get()
                            key=|slot| *slot
                            children=move |slot: usize| {
                                view! { <OccupationRow catalog=catalog.clone() place=slot sources=rows/> }
                            }
                        />
                    </ul>
                }
            }
            <Show when=move || { count.get() > visible.get() }>
                <div class="more">
                    <button
                        type="button"
                        class="button secondary"
                        on:click=move |_| visible.update(|v| *v += PAGE_SIZE * 2)
                    >
                        {move || strings::show_more((count.get() - visible.get()).min(PAGE_SIZE * 2))}
                    </button>
                    <button
                        type="button"
                        class="button secondary"
                        on:click=move |_| visible.set(usize::MAX)
                    >
                        {move || strings::show_all(count.get())}
                    </button>
                </div>
            </Show>
        </Show>
        </LaterPart>
        <Show when=move || !lists.get()>
            {
                let catalog = ways_in_catalog.clone();
                view! {
                    <LaterPart class="ways-in-part">
                        <WaysIn catalog=catalog/>
                    </LaterPart>
                }
            }
        </Show>
    }
}

/// No hits: say so, quoting what is typed now, and offer to drop each active filter.
#[component]
fn EmptyResult(filters: Memo<Filters>, go: Callback<(Filters, bool)>) -> impl IntoView {
    move || empty_result(filters.get(), go)
}

fn empty_result(current: Filters, go: Callback<(Filters, bool)>) -> impl IntoView {
    let mut removals: Vec<(String, Filters)> = Vec::new();
    let mut without = |label: String, change: &dyn Fn(&mut Filters)| {
        let mut next = current.clone();
        change(&mut next);
        removals.push((label, next));
    };
    if !current.text.is_empty() {
        without(format!("«{}»", current.text), &|f| f.text.clear());
    }
    if let Some(v) = &current.nav_level1 {
        without(v.clone(), &|f| f.nav_level1 = None);
    }
    if let Some(v) = &current.nav_level2 {
        without(v.clone(), &|f| f.nav_level2 = None);
    }
    if let Some(v) = &current.major_group {
        without(format!("{} {v}", strings::filter_major()), &|f| {
            f.major_group = None
        });
    }
    if current.salary_min.is_some() || current.salary_max.is_some() {
        without(strings::salary_heading().to_string(), &|f| {
            f.salary_min = None;
            f.salary_max = None;
        });
    }
    if let Some(level) = current.education {
        without(education_label(level).to_string(), &|f| f.education = None);
    }
    if current.programme.is_some() {
        without(strings::programme_filter_label().to_string(), &|f| {
            f.programme = None
        });
    }
    let only_text = removals.len() == 1 && !current.text.is_empty();
    view! {
        <div class="empty">
            <p>{strings::no_results(&current.text)}</p>
            {(!only_text && !removals.is_empty()).then(|| view! {
                <p>{strings::widen_hint()}</p>
                <ul class="chips">
                    {removals
                        .into_iter()
                        .map(|(label, next)| view! {
                            <li>
                                <button type="button" class="button secondary" on:click=move |_| go.run((next.clone(), false))>
                                    {strings::remove_filter(&label)}
                                </button>
                            </li>
                        })
                        .collect_view()}
                </ul>
            })}
        </div>
    }
}

/// What one list row shows for one occupation.
#[derive(Clone, PartialEq)]
struct RowContent {
    slug: String,
    title: String,
    /// On English pages: the ISCO-08 English titles of the occupation's codes.
    english: Option<String>,
    href: String,
    codes: String,
    median: Option<String>,
    employed: Option<String>,
    trade: bool,
    /// Found only through the page's texts: the row shows the passage that matched.
    from_text: bool,
    /// Found only through another occupation's job title under a shared code: the row says so.
    borrowed: bool,
}

impl RowContent {
    fn new(catalog: &Catalog, position: usize, results: &Explored) -> Self {
        let occupation = &catalog.occupations()[position];
        let facet = &catalog.facets()[position];
        let codes = if occupation.styrk.is_empty() {
            strings::no_code().to_string()
        } else {
            format!("STYRK {}", occupation.styrk.join(", "))
        };
        let english = (strings::lang() == Lang::En)
            .then(|| catalog.english_titles(occupation))
            .flatten();
        RowContent {
            slug: occupation.slug.clone(),
            title: occupation.title.clone(),
            english,
            href: crate::app::paths::href(&routes::occupation(&occupation.slug)),
            codes,
            median: median_summary(facet),
            employed: employed_summary(facet),
            trade: occupation
                .education_levels
                .contains(&EducationLevel::TradeCertificate),
            from_text: results.from_text(position),
            borrowed: results.borrowed(position),
        }
    }
}

/// What a row follows: the results, and the query and matched words it marks. A row on
/// screen follows them as they change; a row off screen when they have settled (see
/// `settled` in [`Explorer`]), and at once when it is made or scrolled into view.
#[derive(Clone, Copy)]
struct RowSources {
    results: Memo<Explored>,
    /// How many results there are now: a row past them is hidden at once, on screen or not.
    count: Memo<usize>,
    settled: RwSignal<u64>,
    query: Memo<String>,
    stems: Memo<MatchedStems>,
    /// Whether rows may fetch the pages their passages come from (not while typing).
    fetch_passages: Signal<bool>,
    on_screen: OnScreen,
}

/// What a row reads through `read`: as it changes while the row is on screen (`shown`), and
/// only when the results have `settled` while it is off screen.
fn follow<T: PartialEq + Send + Sync + 'static>(
    shown: RwSignal<bool>,
    settled: RwSignal<u64>,
    read: impl Fn() -> T + Send + Sync + 'static,
) -> Memo<T> {
    Memo::new(move |_| {
        if shown.get() {
            read()
        } else {
            settled.track();
            untrack(&read)
        }
    })
}

/// The row at `place` in the result list; it follows whichever occupation is there.
#[component]
fn OccupationRow(catalog: Arc<Catalog>, place: usize, sources: RowSources) -> impl IntoView {
    let RowSources {
        results,
        count,
        settled,
        query,
        stems,
        fetch_passages,
        on_screen,
    } = sources;
    let shown = RwSignal::new(place < ROWS_ON_FIRST_SCREEN);
    let node = NodeRef::<leptos::html::Li>::new();
    Effect::new(move |_| {
        if let Some(row) = node.get() {
            on_screen.watch(place, &row, shown);
        }
    });
    on_cleanup(move || on_screen.unwatch(place, shown));
    let query = follow(shown, settled, move || query.get());
    let stems = follow(shown, settled, move || stems.get());
    let row = follow(shown, settled, move || {
        results.with(|r| {
            r.positions
                .get(place)
                .map(|&position| RowContent::new(&catalog, position, r))
        })
    });
    let text = move |pick: fn(&RowContent) -> String| {
        move || row.with(|r| r.as_ref().map(pick).unwrap_or_default())
    };
    let optional = move |pick: fn(&RowContent) -> Option<String>| {
        let value = Memo::new(move |_| row.with(|r| r.as_ref().and_then(pick)));
        view! {
            <span class="figure" hidden=move || value.with(Option::is_none)>
                {move || value.get().unwrap_or_default()}
            </span>
        }
    };
    let title = Signal::derive(text(|r| r.title.clone()));
    // The title is drawn again only when it or its marked letters change, not per keystroke.
    let title_marks =
        Memo::new(move |_| title.with(|t| query.with(|q| (t.clone(), highlight(t, q)))));
    view! {
        <li class="occupation-row" node_ref=node hidden={move || place >= count.get()}>
            <a href=text(|r| r.href.clone()) class="occupation-link">
                <span lang="nb">{move || title_marks.with(|(title, marks)| marked(title, marks))}</span>
            </a>
            <CompareToggle slug=Signal::derive(text(|r| r.slug.clone())) title=title compact=true/>
            <span class="row-facts">
                <span class="english-title" lang="en" hidden=move || !row.with(|r| r.as_ref().is_some_and(|r| r.english.is_some()))>
                    {move || row.with(|r| r.as_ref().and_then(|r| r.english.clone()).unwrap_or_default())}
                </span>
                <span class="codes">{text(|r| r.codes.clone())}</span>
                {optional(|r| r.median.clone())}
                {optional(|r| r.employed.clone())}
                <span class="badge" hidden=move || !row.with(|r| r.as_ref().is_some_and(|r| r.trade))>
                    {strings::badge_trade()}
                </span>
            </span>
            <span class="borrowed-note" hidden=move || !row.with(|r| r.as_ref().is_some_and(|r| r.borrowed))>
                {strings::borrowed_hit()}
            </span>
            <MatchedPassage
                slug=Signal::derive(move || row.with(|r| r.as_ref().filter(|r| r.from_text).map(|r| r.slug.clone())))
                stems=stems.into()
                fetch=fetch_passages
            />
        </li>
    }
}
