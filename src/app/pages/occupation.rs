//! `/yrke/<slug>`: one occupation with every section the data has, in the order of
//! utdanning.no's occupation page, and each figure with its source.

use crate::app::components::compare::CompareToggle;
use crate::app::components::figures::{change_period, EmploymentTable, SalaryTable, SourceNote};
use crate::app::components::interests::OccupationInterests;
use crate::app::components::later::LaterPart;
use crate::app::components::rich_text::{spans_view, RichText};
use crate::app::components::studies::OccupationStudies;
use crate::app::components::way_in::WayIn;
use crate::app::components::where_in_country::{CountyShortcut, WhereInCountry};
use crate::app::components::Link;
use crate::app::components::{set_title, with_catalog, with_detail, CopyButton, PageActions};
use crate::app::data::AppData;
use crate::app::pages::not_found::NotFound;
use crate::app::routes;
use crate::app::strings;
use crate::app::strings::number;
use crate::core::catalog::{Catalog, Relation};
use crate::core::glance::{is_catch_all_group, Glance, SalaryGlance};
use crate::core::lang::Lang;
use crate::core::model::{
    OccupationDetail, OccupationSummary, SourceId, StyrkCode, UpperSecondaryRoute,
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

#[component]
pub fn OccupationPage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    with_catalog(move |catalog| {
        let slug = slug.get();
        match catalog.occupation(&slug) {
            Some(summary) => {
                set_title(&summary.title);
                view! { <Occupation catalog=catalog.clone() summary=summary.clone()/> }.into_any()
            }
            None => {
                // Suggestions come from search, readied for them.
                let data = AppData::use_context();
                data.want_search();
                let message = strings::occupation_not_found(&slug);
                let suggestions = Signal::derive(move || {
                    data.search_ready.track();
                    catalog
                        .suggest_occupations(&slug, 6)
                        .into_iter()
                        .map(|o| (routes::occupation(&o.slug), o.title.clone()))
                        .collect::<Vec<_>>()
                });
                view! { <NotFound message=message suggestions=suggestions/> }.into_any()
            }
        }
    })
}

#[component]
fn Occupation(catalog: Arc<Catalog>, summary: OccupationSummary) -> impl IntoView {
    let slug = summary.slug.clone();
    let codes: Vec<StyrkCode> = summary
        .styrk
        .iter()
        .filter_map(|c| catalog.code(c).cloned())
        .collect();
    let title = summary.title.clone();
    let higher_education_links = summary.higher_education_links;
    let texts = with_detail(slug, move |detail| {
        view! { <Texts detail=(*detail).clone() higher_education_links=higher_education_links/> }
    });
    let related: Vec<(OccupationSummary, Relation)> = catalog
        .related(&summary.slug, 12)
        .into_iter()
        .map(|(o, r)| (o.clone(), r))
        .collect();
    let glance = Glance::of(&catalog, &summary);
    view! {
        <article class="occupation">
            <h1 lang="nb">{title.clone()}</h1>
            <Actions slug=summary.slug.clone() title=title/>
            <LaterPart class="occupation-layout">
                <AtAGlance catalog=catalog.clone() glance=glance slug=summary.slug.clone()/>
                <LaterPart class="occupation-main">
                    {texts}
                    <OccupationInterests occupation=summary.clone()/>
                    <LaterPart class="occupation-figures">
                        <SalarySection catalog=catalog.clone() codes=codes.clone()/>
                        <EmploymentSection codes=codes.clone()/>
                        <WhereInCountry occupation=summary.clone()/>
                        <CodesSection catalog=catalog.clone() codes=codes slug=summary.slug.clone()/>
                        <RelatedSection related=related/>
                        <EmbedSnippet slug=summary.slug.clone()/>
                    </LaterPart>
                </LaterPart>
            </LaterPart>
        </article>
    }
}

/// "Kort fortalt": salary per month, how many work in it, the share in permanent jobs and the
/// way in, each with what is missing said plainly, and one source line.
#[component]
fn AtAGlance(catalog: Arc<Catalog>, glance: Glance, slug: String) -> impl IntoView {
    let (salary, salary_why) = match glance.salary {
        SalaryGlance::One(median) => (strings::glance_salary(&number(median)), None),
        SalaryGlance::Range { low, high } => (
            strings::glance_salary_range(&number(low), &number(high)),
            Some(strings::glance_salary_range_why()),
        ),
        SalaryGlance::Missing => (strings::glance_salary_missing().to_string(), None),
    };
    let employed = glance
        .employed
        .map(|n| strings::glance_employed(&number(n)))
        .unwrap_or_else(|| strings::glance_employed_missing().to_string());
    let employed_why = (glance.employed.is_some() && glance.employed_shared)
        .then_some(strings::glance_employed_shared());
    let permanent = glance
        .permanent_percent
        .map(|p| strings::glance_permanent(&p.to_string()))
        .unwrap_or_else(|| strings::glance_permanent_missing().to_string());
    let way_in = if glance.has_way_in() {
        view! { <dd><WayIn glance=glance.clone()/></dd> }.into_any()
    } else {
        view! { <dd class="missing-note">{strings::glance_way_in_missing()}</dd> }.into_any()
    };
    let period = |id| {
        catalog
            .source(id)
            .map(|s| s.period.clone())
            .unwrap_or_default()
    };
    let source = strings::glance_source(&period(SourceId::Salary), &period(SourceId::Employment));
    let missing = |yes: bool| if yes { "missing-note" } else { "" };
    view! {
        <section class="glance" aria-labelledby="kort-fortalt">
            <h2 id="kort-fortalt">{strings::glance_heading()}</h2>
            <dl>
                <div>
                    <dt>{strings::glance_salary_label()}</dt>
                    <dd class=missing(glance.salary == SalaryGlance::Missing)>{salary}</dd>
                    {salary_why.map(|why| view! { <dd class="note">{why}</dd> })}
                </div>
                <div>
                    <dt>{strings::glance_employed_label()}</dt>
                    <dd class=missing(glance.employed.is_none())>{employed}</dd>
                    {employed_why.map(|why| view! { <dd class="note">{why}</dd> })}
                </div>
                <div>
                    <dt>{strings::glance_permanent_label()}</dt>
                    <dd class=missing(glance.permanent_percent.is_none())>{permanent}</dd>
                </div>
                <div>
                    <dt>{strings::glance_way_in_label()}</dt>
                    {way_in}
                </div>
            </dl>
            <p class="source">{source}</p>
            <CountyShortcut catalog=catalog.clone() slug=slug/>
        </section>
    }
}

/// Copy link, print and compare.
#[component]
fn Actions(slug: String, title: String) -> impl IntoView {
    view! {
        <PageActions>
            <CompareToggle slug=slug title=title/>
        </PageActions>
    }
}

#[component]
fn RelatedSection(related: Vec<(OccupationSummary, Relation)>) -> impl IntoView {
    if related.is_empty() {
        return ().into_any();
    }
    view! {
        <section aria-labelledby="beslektede" class="related">
            <h2 id="beslektede">{strings::related_heading()}</h2>
            <ul class="related-list">
                {related
                    .into_iter()
                    .map(|(o, relation)| {
                        let why = match relation {
                            Relation::SameUnitGroup => strings::related_same_code(),
                            Relation::SameNavCategory => strings::related_same_nav(),
                        };
                        view! {
                            <li>
                                <Link href=routes::occupation(&o.slug)><span lang="nb">{o.title}</span></Link>
                                <span class="note">{format!(" – {why}")}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

#[component]
fn Routes(routes: Vec<UpperSecondaryRoute>) -> impl IntoView {
    if routes.is_empty() {
        return view! { <p class="missing-note">{strings::routes_none()}</p> }.into_any();
    }
    view! {
        <p>{strings::routes_intro()}</p>
        <ul class="routes">
            {routes
                .into_iter()
                .map(|route| {
                    let heading = match &route.qualification {
                        Some(q) => format!("{} – {q}", route.title),
                        None => route.title.clone(),
                    };
                    view! {
                        <li class="route">
                            <h4>
                                {match route.url.clone().filter(|u| crate::core::format::http_url(u).is_some()) {
                                    Some(url) => view! { <a href=url rel="noopener noreferrer">{heading}</a> }.into_any(),
                                    None => heading.into_any(),
                                }}
                            </h4>
                            {route.text.clone().map(|t| view! { <p>{t}</p> })}
                            {route
                                .paths
                                .into_iter()
                                .map(|path| view! {
                                    <ol class="path">
                                        {path.into_iter().map(|step| {
                                            let href = routes::programme(&step.code);
                                            view! { <li><Link href=href><span lang="nb">{step.name}</span></Link></li> }
                                        }).collect_view()}
                                    </ol>
                                })
                                .collect_view()}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <SourceNote id=SourceId::UpperSecondary/>
    }
    .into_any()
}

#[component]
fn Texts(detail: OccupationDetail, higher_education_links: u32) -> impl IntoView {
    let OccupationDetail {
        title,
        url,
        description,
        tasks_heading,
        tasks,
        where_work,
        traits,
        education,
        upper_secondary_routes,
        study_kinds,
        ..
    } = detail;
    let tasks_view = if tasks.is_empty() {
        view! { <p class="missing-note">{strings::tasks_missing()}</p> }.into_any()
    } else {
        view! {
            <ul class="tasks" lang="nb">
                {tasks.into_iter().map(|t| view! { <li>{spans_view(t)}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    // utdanning.no's own heading for the list is bokmål: other languages use theirs.
    let tasks_heading = tasks_heading
        .filter(|_| strings::lang() == Lang::Nb)
        .map(|h| h.trim_end_matches(':').to_string())
        .unwrap_or_else(|| strings::tasks_default_heading().to_string());
    let education_view = if education.is_empty() {
        view! { <p class="missing-note">{strings::education_missing()}</p> }.into_any()
    } else {
        view! { <RichText blocks=education/> }.into_any()
    };
    view! {
        <section class="description" aria-label=title.clone()>
            <RichText blocks=description/>
        </section>
        <section aria-labelledby="oppgaver">
            <h2 id="oppgaver">{tasks_heading}</h2>
            {tasks_view}
        </section>
        <section aria-labelledby="hvor">
            <h2 id="hvor">{strings::where_work_heading(&title)}</h2>
            {match where_work {
                Some(text) => view! { <p lang="nb">{text}</p> }.into_any(),
                None => view! { <p class="missing-note">{strings::where_work_missing()}</p> }.into_any(),
            }}
        </section>
        <section aria-labelledby="egenskaper">
            <h2 id="egenskaper">{strings::traits_heading()}</h2>
            {match traits {
                Some(text) => view! { <p lang="nb">{text}</p> }.into_any(),
                None => view! { <p class="missing-note">{strings::traits_missing()}</p> }.into_any(),
            }}
        </section>
        <section aria-labelledby="utdanning">
            <h2 id="utdanning">{strings::education_heading()}</h2>
            {education_view}
            <h3>{strings::routes_heading()}</h3>
            <Routes routes=upper_secondary_routes/>
            {if higher_education_links > 0 && !study_kinds.is_empty() {
                view! {
                    <OccupationStudies kinds=study_kinds/>
                    <SourceNote id=SourceId::HigherEducation/>
                }
                .into_any()
            } else if higher_education_links > 0 {
                view! {
                    <h3>{strings::higher_education_heading()}</h3>
                    <p>{strings::studies_unlinked(higher_education_links)}</p>
                    <p class="note">{strings::studies_unlinked_why(higher_education_links)}</p>
                    <SourceNote id=SourceId::HigherEducation/>
                }
                .into_any()
            } else {
                view! {
                    <h3>{strings::higher_education_heading()}</h3>
                    <p class="missing-note">{strings::higher_education_none()}</p>
                }
                .into_any()
            }}
        </section>
        <section aria-labelledby="kilde-tekst" class="credit">
            <h2 id="kilde-tekst" class="visually-hidden">{strings::sources_heading()}</h2>
            <p>
                <a href=crate::core::format::http_url(&url).map(str::to_string) rel="noopener noreferrer">{strings::read_more_on(&title)}</a>
            </p>
            <SourceNote id=SourceId::Occupations/>
        </section>
    }
}

#[component]
fn SalarySection(catalog: Arc<Catalog>, codes: Vec<StyrkCode>) -> impl IntoView {
    let with_salary: Vec<_> = codes
        .iter()
        .filter_map(|code| {
            catalog
                .salary(&code.code)
                .map(|s| (code.clone(), s.clone()))
        })
        .filter(|(_, salary)| {
            salary.all.median.value().is_some()
                || salary.men.median.value().is_some()
                || salary.women.median.value().is_some()
        })
        .collect();
    let period = change_period(&catalog);
    let national = catalog
        .snapshot()
        .all_occupations
        .median_salary
        .value()
        .map(|v| strings::national_median(&number(v)));
    let body = if with_salary.is_empty() {
        view! { <p class="missing-note">{strings::salary_none()}</p> }.into_any()
    } else {
        let several = with_salary.len() > 1;
        let withheld = with_salary
            .iter()
            .any(|(_, salary)| salary.has_unpublished());
        view! {
            <p>{strings::salary_explained()}</p>
            {several.then(|| view! { <p class="note">{strings::salary_per_code_note()}</p> })}
            {with_salary
                .into_iter()
                .map(|(code, salary)| {
                    view! { <SalaryTable code=code salary=salary change_period=period.clone()/> }
                })
                .collect_view()}
            {withheld.then(|| view! { <p class="note">{strings::not_published_note()}</p> })}
            {national.map(|text| view! { <p>{text}</p> })}
            <SourceNote id=SourceId::Salary/>
            <SourceNote id=SourceId::SalaryChange/>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="lonn">
            <h2 id="lonn">{strings::salary_heading()}</h2>
            {body}
        </section>
    }
}

#[component]
fn EmploymentSection(codes: Vec<StyrkCode>) -> impl IntoView {
    let body = if codes.is_empty() {
        view! { <p class="missing-note">{strings::employment_none()}</p> }.into_any()
    } else {
        view! {
            <p>{strings::employment_explained()}</p>
            <EmploymentTable codes=codes/>
            <SourceNote id=SourceId::Employment/>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="sysselsetting">
            <h2 id="sysselsetting">{strings::employment_heading()}</h2>
            {body}
        </section>
    }
}

#[component]
fn CodesSection(catalog: Arc<Catalog>, codes: Vec<StyrkCode>, slug: String) -> impl IntoView {
    let catch_all = codes.iter().any(|c| is_catch_all_group(&c.name));
    let body = if codes.is_empty() {
        view! { <p class="missing-note">{strings::codes_none()}</p> }.into_any()
    } else {
        view! {
            {catch_all.then(|| view! { <p class="note">{strings::residual_code_note()}</p> })}
            <ul class="code-list">
                {codes
                    .into_iter()
                    .map(|code| {
                        let sharing: Vec<String> = catalog
                            .occupations_sharing(&code.code, &slug)
                            .iter()
                            .map(|o| o.title.clone())
                            .collect();
                        view! {
                            <li>
                                <Link href=routes::styrk_code(&code.code)>
                                    <span class="code">{code.code.clone()}</span>
                                    " "
                                    {crate::app::components::code_name(&code)}
                                </Link>
                                {(!sharing.is_empty())
                                    .then(|| view! { <p class="note">{strings::shared_with(&sharing.join(", "))}</p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <SourceNote id=SourceId::Styrk/>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="koder">
            <h2 id="koder">{strings::codes_heading()}</h2>
            {body}
        </section>
    }
}

/// The line a school pastes for an occupation's card in a language (`data-sprak` unless
/// bokmål, the default).
fn embed_line(slug: &str, lang: Lang) -> String {
    let language = match lang {
        Lang::Nb => String::new(),
        other => format!(" data-sprak=\"{}\"", other.code()),
    };
    format!(
        "<script src=\"{}\" data-yrke=\"{slug}\"{language}></script>",
        crate::app::paths::asset("/embed.js")
    )
}

/// "Bygg inn på skolens nettside": the one line a school pastes, in the card's language the
/// school picks (the page's to begin with), with a copy button.
#[component]
fn EmbedSnippet(slug: String) -> impl IntoView {
    let card_lang = RwSignal::new(strings::lang());
    let snippet = Signal::derive(move || embed_line(&slug, card_lang.get()));
    let text = move || snippet.get();
    let languages = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! {
                <option value=lang.code() selected=move || card_lang.get() == lang>
                    {crate::app::components::layout::language_name(lang)}
                </option>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="bygg-inn" class="embed-snippet">
            <h2 id="bygg-inn">{strings::embed_heading()}</h2>
            <p>{strings::embed_explained()}</p>
            <label for="embed-sprak">{strings::embed_language_label()}</label>
            <select id="embed-sprak" class="embed-language" on:change=move |ev| {
                if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
                    card_lang.set(lang);
                }
            }>{languages}</select>
            <label for="embed-kode">{strings::embed_snippet_label()}</label>
            <textarea id="embed-kode" class="snippet" readonly rows="2" prop:value=snippet>{snippet.get_untracked()}</textarea>
            <div class="actions">
                <CopyButton label=strings::embed_copy() done=strings::embed_copied() text=text/>
            </div>
            <p class="note"><Link href=routes::ABOUT>{strings::embed_more()}</Link></p>
        </section>
    }
}
