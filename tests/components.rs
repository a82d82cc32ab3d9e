//! Component tests in headless Chromium (wasm-bindgen-test). Run with
//! `cargo test --target wasm32-unknown-unknown --features csr --test components`.
#![cfg(all(target_arch = "wasm32", feature = "csr"))]

use leptos::prelude::*;
use wasm_bindgen_test::*;
use yrkesutforskeren::app::components::rich_text::RichText;
use yrkesutforskeren::app::components::status::LoadFailed;
use yrkesutforskeren::app::data::fetch::LoadError;
use yrkesutforskeren::app::strings;
use yrkesutforskeren::core::model::{Block, Span};

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let element: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&element).unwrap();
    element
}

use wasm_bindgen::JsCast;

#[wasm_bindgen_test]
fn rich_text_renders_hostile_content_as_inert_text() {
    let root = container();
    let blocks = vec![
        Block::Heading(vec![Span::plain("Overskrift")]),
        Block::Paragraph(vec![
            Span::plain("<script>alert(1)</script> <img src=x onerror=alert(2)>"),
            Span {
                text: "farlig lenke".into(),
                link: Some("javascript:alert(3)".into()),
                ..Span::default()
            },
            Span {
                text: "trygg lenke".into(),
                link: Some("https://utdanning.no/yrker".into()),
                strong: true,
                ..Span::default()
            },
        ]),
        Block::List(vec![
            vec![Span::plain("punkt én")],
            vec![Span::plain("punkt to")],
        ]),
    ];
    let _handle =
        leptos::mount::mount_to(root.clone(), move || view! { <RichText blocks=blocks/> });

    assert!(root.query_selector("script").unwrap().is_none());
    assert!(root.query_selector("img").unwrap().is_none());
    assert!(root
        .text_content()
        .unwrap()
        .contains("<script>alert(1)</script>"));
    let links = root.query_selector_all("a").unwrap();
    assert_eq!(links.length(), 1, "only the http(s) link becomes a link");
    let link: web_sys::Element = links.get(0).unwrap().unchecked_into();
    assert_eq!(
        link.get_attribute("href").unwrap(),
        "https://utdanning.no/yrker"
    );
    assert_eq!(link.get_attribute("rel").unwrap(), "noopener noreferrer");
    assert!(link.query_selector("strong").unwrap().is_some());
    assert_eq!(root.query_selector_all("li").unwrap().length(), 2);
    assert_eq!(
        root.query_selector("h3")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Overskrift"
    );
}

#[wasm_bindgen_test]
fn load_failure_explains_in_norwegian_and_retries() {
    let root = container();
    let retries = RwSignal::new(0);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <LoadFailed
                error=LoadError::Http(503)
                on_retry=Callback::new(move |_| retries.update(|n| *n += 1))
            />
        }
    });
    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    let text = alert.text_content().unwrap();
    assert!(text.contains(strings::load_failed_title()));
    assert!(text.contains("503"));
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .expect("a retry button")
        .unchecked_into();
    assert_eq!(button.text_content().unwrap(), strings::retry());
    button.click();
    button.click();
    assert_eq!(retries.get_untracked(), 2);
}

#[wasm_bindgen_test]
fn a_component_speaks_the_pages_language() {
    use yrkesutforskeren::core::lang::Lang;
    strings::set_lang(Lang::En);
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <LoadFailed error=LoadError::Http(503) on_retry=Callback::new(|_| ())/> }
    });
    let text = root.text_content().unwrap();
    strings::set_lang(Lang::Nb);
    assert!(text.contains("The data could not be loaded"), "{text}");
    assert!(text.contains("Try again"), "{text}");
    assert!(!text.contains("Prøv igjen"), "{text}");
}

#[wasm_bindgen_test]
fn headings_keep_acronyms_in_titles() {
    assert_eq!(strings::where_work_heading("Kokk"), "Hvor jobber en kokk?");
    assert_eq!(
        strings::where_work_heading("IT-prosjektleder"),
        "Hvor jobber en IT-prosjektleder?"
    );
}

#[wasm_bindgen_test]
fn county_map_names_each_county_and_colours_it_by_class() {
    use leptos_router::components::Router;
    use std::collections::BTreeMap;
    use yrkesutforskeren::app::components::county_map::CountyMapView;
    use yrkesutforskeren::core::model::{CountyMap, CountyShape};

    let root = container();
    let map = CountyMap {
        width: 100,
        height: 200,
        counties: ["03", "46", "56"]
            .iter()
            .map(|code| CountyShape {
                county: code.to_string(),
                path: "M0 0l10 0 0 10z".into(),
            })
            .collect(),
    };
    let names: BTreeMap<String, String> = [("03", "Oslo"), ("46", "Vestland"), ("56", "Finnmark")]
        .iter()
        .map(|(c, n)| (c.to_string(), n.to_string()))
        .collect();
    // Finnmark has no value: drawn as "no data", and said so.
    let values: BTreeMap<String, u64> = [("03".to_string(), 10), ("46".to_string(), 1200)].into();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Router>
                <CountyMapView map=map.clone() names=names.clone() values=values.clone() measure_label="Grunnskoler".to_string()/>
            </Router>
        }
    });
    let paths = root.query_selector_all("svg path").unwrap();
    assert_eq!(paths.length(), 3);
    let path = |i: u32| -> web_sys::Element { paths.get(i).unwrap().unchecked_into() };
    assert_eq!(
        path(0).get_attribute("aria-label").unwrap(),
        "Oslo: Grunnskoler 10"
    );
    assert_eq!(
        path(1).get_attribute("aria-label").unwrap(),
        "Vestland: Grunnskoler 1\u{a0}200"
    );
    assert_eq!(
        path(2).get_attribute("aria-label").unwrap(),
        "Finnmark: Grunnskoler mangler"
    );
    assert_eq!(path(0).get_attribute("tabindex").unwrap(), "0");
    assert_eq!(path(0).get_attribute("role").unwrap(), "link");
    assert_eq!(path(0).get_attribute("class").unwrap(), "county c0");
    assert_eq!(path(1).get_attribute("class").unwrap(), "county c1");
    assert_eq!(path(2).get_attribute("class").unwrap(), "county none");
    assert_eq!(root.query_selector_all(".legend li").unwrap().length(), 2);
    assert!(root.text_content().unwrap().contains("© Kartverket"));
}

#[wasm_bindgen_test]
fn an_interest_chart_writes_every_figure_with_its_unit_and_draws_the_bar() {
    use yrkesutforskeren::app::components::interests::{profile_bars, InterestBars};
    let root = container();
    let bars = profile_bars(&[69, 27, 12, 13, 17, 43]);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <InterestBars caption="Hvor mye av hver type" bars=bars/> }
    });
    let values: Vec<String> = (0..6)
        .map(|i| {
            root.query_selector_all(".chart-value")
                .unwrap()
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert_eq!(values[0], "6,9\u{a0}av\u{a0}7");
    assert_eq!(values[2], "1,2\u{a0}av\u{a0}7");
    let first_bar = root.query_selector(".chart-bar").unwrap().unwrap();
    // 6.9 on the scale 1–7 is 98.3 % of the track.
    assert_eq!(first_bar.get_attribute("width").as_deref(), Some("98.3%"));
    let label = root.query_selector(".chart-label").unwrap().unwrap();
    assert_eq!(label.text_content().as_deref(), Some("Praktisk"));
    assert_eq!(
        root.query_selector("figcaption")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("Hvor mye av hver type")
    );
}

#[wasm_bindgen_test]
async fn a_fold_builds_its_body_when_first_opened_and_keeps_it() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use yrkesutforskeren::app::components::folded::Folded;
    use yrkesutforskeren::app::data::fetch::next_task;
    let root = container();
    let built = Arc::new(AtomicUsize::new(0));
    let counted = built.clone();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        let counted = counted.clone();
        let body = move || {
            counted.fetch_add(1, Ordering::SeqCst);
            view! { <p class="body">"Elektrikerfaget"</p> }
        };
        view! {
            <Folded
                summary=view! { "Vg2 Elenergi og ekom" }.into_any()
                lead=view! { <p class="lead"><a href="/vgs/ELENE2">"Egen side"</a></p> }.into_any()
                body=body
            />
        }
    });
    let details = root.query_selector("details").unwrap().expect("a fold");
    let toggle = |open: bool| {
        if open {
            details.set_attribute("open", "").unwrap();
        } else {
            details.remove_attribute("open").unwrap();
        }
        details
            .dispatch_event(&web_sys::Event::new("toggle").unwrap())
            .unwrap();
    };
    let body = || root.query_selector(".body").unwrap();
    assert_eq!(
        details
            .query_selector("summary")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Vg2 Elenergi og ekom"
    );
    assert!(
        details.query_selector(".lead a").unwrap().is_some(),
        "the lead is always there"
    );
    next_task().await;
    assert!(body().is_none(), "a closed fold has no body");
    assert_eq!(built.load(Ordering::SeqCst), 0);

    toggle(true);
    next_task().await;
    assert_eq!(
        body()
            .expect("an opened fold shows its body")
            .text_content()
            .unwrap(),
        "Elektrikerfaget"
    );
    toggle(false);
    next_task().await;
    toggle(true);
    next_task().await;
    assert!(body().is_some());
    assert_eq!(
        built.load(Ordering::SeqCst),
        1,
        "built once, kept when folded again"
    );
}

#[wasm_bindgen_test]
fn a_later_part_rendered_anew_shows_its_children_at_once() {
    // Taken over, a part keeps its prerendered nodes until its own task: `takeover.test.mjs`.
    use yrkesutforskeren::app::components::later::LaterPart;
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        view! { <LaterPart class="del"><p>"Innhold"</p></LaterPart> }
    });
    let part = root.query_selector("div.del > p").unwrap().unwrap();
    assert_eq!(part.text_content().unwrap(), "Innhold");
}
