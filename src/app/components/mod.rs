//! Components shared by several pages.

pub mod compare;
pub mod county_map;
pub mod figures;
pub mod filter_fields;
pub mod folded;
pub mod interests;
pub mod later;
pub mod layout;
pub mod on_screen;
pub mod places;
pub mod rich_text;
pub mod schools;
pub mod search_results;
pub mod status;
pub mod studies;
pub mod way_in;
pub mod ways_in;
pub mod where_in_country;

use crate::app::data::{AppData, LazyFile};
use crate::app::strings;
use crate::core::catalog::Catalog;
use crate::core::model::OccupationDetail;
use crate::core::places::Places;
use crate::core::schools::Schools;
use crate::core::studies::Studies;
use leptos::prelude::*;
use status::{LoadFailed, Loading};
use std::sync::Arc;

/// Shows the loading or error state until the snapshot is there, then `render`s with it.
pub fn with_catalog<V: IntoView + 'static>(
    render: impl Fn(Arc<Catalog>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let data = AppData::use_context();
    move || match data.current() {
        None => view! { <Loading label=strings::loading()/> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadFailed error=error on_retry=Callback::new(move |_| data.retry())/> }
                .into_any()
        }
        Some(Ok(catalog)) => render(catalog).into_any(),
    }
}

/// Like [`with_catalog`], for views that also need one of the snapshot's other files: a
/// loading line (`loading`) until it is in, its error and a retry if it fails.
fn with_file<T: Send + Sync + 'static, V: IntoView + 'static>(
    file: impl Fn(&AppData) -> LazyFile<T> + Send + Sync + 'static,
    loading: fn() -> &'static str,
    render: impl Fn(Arc<Catalog>, Arc<T>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let data = AppData::use_context();
    let file = file(&data);
    let render = Arc::new(render);
    with_catalog(move |catalog| {
        let render = render.clone();
        move || match file.want() {
            None => view! { <Loading label=loading()/> }.into_any(),
            Some(Err(error)) => view! {
                <LoadFailed error=error on_retry=Callback::new(move |_| file.retry())/>
            }
            .into_any(),
            Some(Ok(loaded)) => render(catalog.clone(), loaded).into_any(),
        }
    })
}

/// Like [`with_catalog`], for views that also need the region data.
pub fn with_places<V: IntoView + 'static>(
    render: impl Fn(Arc<Catalog>, Arc<Places>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    with_file(|data| data.places, strings::loading_places, render)
}

/// Like [`with_catalog`], for views that also need the schools.
pub fn with_schools<V: IntoView + 'static>(
    render: impl Fn(Arc<Catalog>, Arc<Schools>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    with_file(|data| data.schools, strings::loading_schools, render)
}

/// Like [`with_catalog`], for views that also need Samordna opptak's studies.
pub fn with_studies<V: IntoView + 'static>(
    render: impl Fn(Arc<Catalog>, Arc<Studies>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    with_file(|data| data.studies, strings::loading_studies, render)
}

/// One occupation's own texts (`yrke/<slug>.json`): a loading line until they are in, their
/// error and a retry if they fail, a note when the occupation has none; then `render`s them.
pub fn with_detail<V: IntoView + 'static>(
    slug: String,
    render: impl Fn(Arc<OccupationDetail>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let data = AppData::use_context();
    move || match data.detail(&slug) {
        None => view! { <Loading label=strings::text_loading()/> }.into_any(),
        Some(Err(error)) => {
            let slug = slug.clone();
            let retry = Callback::new(move |_| data.retry_detail(&slug));
            view! { <LoadFailed error=error on_retry=retry/> }.into_any()
        }
        Some(Ok(None)) => {
            view! { <p class="missing-note">{strings::text_missing()}</p> }.into_any()
        }
        Some(Ok(Some(detail))) => render(detail).into_any(),
    }
}

/// One row of a page's facts (`<dl class="facts">`): the label and the value, a link where the
/// value has a page of its own; nothing where the value is missing.
pub fn fact_row(
    label: &'static str,
    value: Option<String>,
    href: Option<String>,
) -> Option<impl IntoView> {
    value.map(|v| {
        let value = match href {
            Some(href) => view! { <Link href=href>{v}</Link> }.into_any(),
            None => view! { <span lang="nb">{v}</span> }.into_any(),
        };
        view! { <div><dt>{label}</dt><dd>{value}</dd></div> }
    })
}

/// A link inside the app. Paths are written from the app's root ("/styrk/2511"); the link
/// points below the path the app is served under (see [`crate::app::paths`]). A link to the
/// front page ("/", "/?nav1=IT") is the current page only at exactly that address: every
/// address of a language folder ("/en/om") starts with the folder's front page ("/en/").
#[component]
pub fn Link(
    #[prop(into)] href: Signal<String>,
    #[prop(optional, into)] class: Option<String>,
    children: Children,
) -> impl IntoView {
    let to_front_page = href.with_untracked(|h| h == "/" || h.starts_with("/?"));
    if to_front_page {
        let location = leptos_router::hooks::use_location();
        let current = move || {
            let search = location.search.get();
            let here = crate::app::paths::split_address(&location.pathname.get()).1;
            let here = if search.is_empty() {
                here
            } else {
                format!("{here}?{search}")
            };
            (here == href.get()).then_some("page")
        };
        return view! {
            <a href=move || crate::app::paths::href(&href.get()) class=class aria-current=current>
                {children()}
            </a>
        }
        .into_any();
    }
    view! {
        <leptos_router::components::A href=move || crate::app::paths::href(&href.get()) attr:class=class>
            {children()}
        </leptos_router::components::A>
    }
    .into_any()
}

/// A link to a place on the current page (`id`): the page's own address with the fragment, so
/// it stays on this page under any `<base href>` (a bare "#id" resolves against the base and
/// opens the front page) and inside an embed's frame, before and after the app runs. Once the
/// app runs, a click moves focus to the target itself, so keyboard and screen-reader users land
/// there too.
#[component]
pub fn InPageLink(
    id: &'static str,
    #[prop(optional)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let href = move || {
        let search = location.search.get();
        let query = if search.is_empty() {
            String::new()
        } else {
            format!("?{search}")
        };
        format!("{}{query}#{id}", location.pathname.get())
    };
    let go = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_element(id);
    };
    // `data-in-page` lets start.js point the prerendered link at the address it was served for.
    view! { <a href=href class=class data-in-page=id on:click=go>{children()}</a> }
}

/// Scrolls to the element with `id` and focuses it (made focusable by script only when it is
/// not already).
pub fn focus_element(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if element.tab_index() < 0 && !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    element.scroll_into_view();
    let _ = element.focus();
}

/// `text` with the character ranges `marks` (sorted, not overlapping) in `<mark>`.
pub fn marked(text: &str, marks: &[(usize, usize)]) -> AnyView {
    if marks.is_empty() {
        return text.to_string().into_any();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut parts = Vec::new();
    let mut at = 0;
    for &(from, to) in marks {
        let (from, to) = (from.clamp(at, chars.len()), to.min(chars.len()));
        if from > at {
            parts.push(chars[at..from].iter().collect::<String>().into_any());
        }
        if to > from {
            let marked: String = chars[from..to].iter().collect();
            parts.push(view! { <mark>{marked}</mark> }.into_any());
            at = to;
        }
    }
    if at < chars.len() {
        parts.push(chars[at..].iter().collect::<String>().into_any());
    }
    parts.into_any()
}

/// A STYRK code's name as SSB writes it (bokmål); on English pages followed by the ILO's
/// ISCO-08 English title the data holds for the code: "2221 Spesialsykepleiere (Nursing
/// Professionals)".
/// A programme's name as every page shows it: "Vg1 Elektro og datateknologi",
/// "Elektrikerfaget (lærefag)".
pub fn programme_name(programme: &crate::core::model::Programme) -> String {
    use crate::core::programmes::{short_name, ProgrammeKind};
    strings::programme_label(short_name(programme), ProgrammeKind::of(programme))
}

pub fn code_name(code: &crate::core::model::StyrkCode) -> AnyView {
    let english = (strings::lang() == crate::core::lang::Lang::En)
        .then(|| code.isco_title_en.clone())
        .flatten()
        .map(|title| view! { " (" <span lang="en">{title}</span> ")" });
    view! { <span lang="nb">{breakable(&code.name)}</span> {english} }.into_any()
}

/// A name with a line-break opportunity after each slash ("lektorer/-lærere") and before the
/// "-faget" of a long lærefag name ("Telekommunikasjonsmontør|faget"), so a long name wraps
/// there instead of inside a word. The text itself is unchanged.
pub fn breakable(text: &str) -> AnyView {
    const TRADE: &str = "faget";
    let mut pieces: Vec<&str> = Vec::new();
    for part in text.split_inclusive('/') {
        match part.find(TRADE) {
            Some(at) if at >= 12 && part[at..].starts_with(TRADE) => {
                pieces.push(&part[..at]);
                pieces.push(&part[at..]);
            }
            _ => pieces.push(part),
        }
    }
    if pieces.len() == 1 {
        return text.to_string().into_any();
    }
    let last = pieces.len() - 1;
    pieces
        .into_iter()
        .enumerate()
        .map(|(i, piece)| {
            let piece = piece.to_string();
            if i == last {
                piece.into_any()
            } else {
                view! { {piece}<wbr/> }.into_any()
            }
        })
        .collect_view()
        .into_any()
}

/// A link out of the app to another service: opens in a new tab, says so, and says when it
/// needs a connection the browser does not have.
#[component]
pub fn ExternalLink(href: String, children: Children) -> impl IntoView {
    // Rendered outside the app (a component on its own), there is no connection state to
    // read: the link is then taken to be reachable rather than failing.
    let online = use_context::<AppData>().map(|data| data.online);
    view! {
        <a class="external" href=href target="_blank" rel="noopener noreferrer">
            {children()}
            <span class="new-tab">{strings::new_tab()}</span>
        </a>
        {move || {
            let offline = online.is_some_and(|online| !online.get());
            offline.then(|| view! { <span class="note">{strings::needs_connection()}</span> })
        }}
    }
}

/// "Kopier lenke" (the page's address, as the reader has it) and "Skriv ut", with what else
/// the page adds to the row.
#[component]
pub fn PageActions(#[prop(optional)] children: Option<Children>) -> impl IntoView {
    let page_address = || {
        web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default()
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <div class="actions" role="group" aria-label=strings::actions_label()>
            <CopyButton label=strings::copy_link() done=strings::link_copied() text=page_address/>
            <button type="button" class="button secondary" on:click=print>{strings::print()}</button>
            {children.map(|c| c())}
        </div>
    }
}

/// A button that copies `text()` (taken at the click) to the clipboard, and a status line that
/// says whether it worked.
#[component]
pub fn CopyButton(
    label: &'static str,
    done: &'static str,
    text: impl Fn() -> String + 'static,
) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let text = text();
        leptos::task::spawn_local(async move {
            let ok = copy_to_clipboard(&text).await;
            // The page may be gone when the clipboard answers.
            let _ = copied.try_set(Some(ok));
        });
    };
    view! {
        <button type="button" class="button secondary" on:click=copy>{label}</button>
        <span role="status" class="note">
            {move || copied.get().map(|ok| if ok { done } else { strings::link_copy_failed() })}
        </span>
    }
}

/// Writes text to the clipboard; `false` where the browser offers no clipboard (plain http).
async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let available =
        web_sys::js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| c.is_object());
    if !available {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Navigation options for URL changes that only record the page's state (filters, a search,
/// a selection): the page keeps its scroll position.
pub fn state_navigation(replace: bool) -> leptos_router::NavigateOptions {
    leptos_router::NavigateOptions {
        replace,
        scroll: false,
        ..Default::default()
    }
}

thread_local! {
    /// The title the last build-time render asked for (see [`set_title`]).
    static RENDERED_TITLE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Sets the document title for the page being shown; at build time it is kept for the
/// prerendered page's `<title>` (see [`take_rendered_title`]).
pub fn set_title(page: &str) {
    let title = if page.is_empty() {
        strings::app_name().to_string()
    } else {
        format!("{page} – {}", strings::app_name())
    };
    if !cfg!(target_arch = "wasm32") {
        RENDERED_TITLE.with(|t| *t.borrow_mut() = Some(title));
        return;
    }
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&title);
    }
}

/// The title set by the page rendered last at build time, if it set one.
pub fn take_rendered_title() -> Option<String> {
    RENDERED_TITLE.with(|t| t.borrow_mut().take())
}
