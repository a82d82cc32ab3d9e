//! Component tests in headless Chromium (wasm-bindgen-test). Run with
//! `cargo test --target wasm32-unknown-unknown --features app --test components`.
#![cfg(all(target_arch = "wasm32", feature = "app"))]

use leptos::prelude::*;
use wasm_bindgen_test::*;
use yrkesutforskeren::app::api::LoadError;
use yrkesutforskeren::app::components::rich_text::RichText;
use yrkesutforskeren::app::components::status::LoadFailed;
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
    assert!(text.contains(strings::LOAD_FAILED_TITLE));
    assert!(text.contains("503"));
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .expect("a retry button")
        .unchecked_into();
    assert_eq!(button.text_content().unwrap(), strings::RETRY);
    button.click();
    button.click();
    assert_eq!(retries.get_untracked(), 2);
}

#[wasm_bindgen_test]
fn headings_keep_acronyms_in_titles() {
    assert_eq!(strings::where_work_heading("Kokk"), "Hvor jobber en kokk?");
    assert_eq!(
        strings::where_work_heading("IT-prosjektleder"),
        "Hvor jobber en IT-prosjektleder?"
    );
}
