//! Renders the reduced rich text of the snapshot. Everything is inserted as text nodes; links
//! only ever carry the http(s) URLs the builder let through. The texts are bokmål on every
//! page, and say so (`lang="nb"`).

use crate::app::components::Link;
use crate::app::routes;
use crate::core::model::{Block, Span};
use leptos::prelude::*;

#[component]
pub fn RichText(blocks: Vec<Block>) -> impl IntoView {
    blocks
        .into_iter()
        .map(|block| match block {
            Block::Paragraph(spans) => view! { <p lang="nb">{spans_view(spans)}</p> }.into_any(),
            Block::Heading(spans) => view! { <h3 lang="nb">{spans_view(spans)}</h3> }.into_any(),
            Block::List(items) => view! {
                <ul lang="nb">{items.into_iter().map(|item| view! { <li>{spans_view(item)}</li> }).collect_view()}</ul>
            }
            .into_any(),
        })
        .collect_view()
}

pub fn spans_view(spans: Vec<Span>) -> impl IntoView {
    spans.into_iter().map(span_view).collect_view()
}

/// Text where a line may break after each slash: utdanning.no joins words with them
/// ("samfunnsmessige/sosiale/individuelle"), and a phone would otherwise split a word.
fn breakable_at_slashes(text: String) -> AnyView {
    if !text.contains('/') {
        return text.into_any();
    }
    text.split_inclusive('/')
        .map(|part| {
            let slash = part.ends_with('/');
            let part = part.to_string();
            view! { {part}{slash.then(|| view! { <wbr/> })} }
        })
        .collect_view()
        .into_any()
}

fn span_view(span: Span) -> AnyView {
    let Span {
        text,
        strong,
        emphasis,
        link,
    } = span;
    let mut inner: AnyView = breakable_at_slashes(text);
    if emphasis {
        inner = view! { <em>{inner}</em> }.into_any();
    }
    if strong {
        inner = view! { <strong>{inner}</strong> }.into_any();
    }
    let link = link.filter(|l| crate::core::format::http_url(l).is_some());
    // A link to an occupation we hold opens our own page. Without the app around (the
    // component rendered on its own) every link stays a link out.
    let own_page = link.as_deref().and_then(|url| {
        use_context::<crate::app::data::AppData>()?
            .current_untracked()
            .and_then(|catalog| {
                catalog
                    .occupation_at_url(url)
                    .map(|o| routes::occupation(&o.slug))
            })
    });
    match (own_page, link) {
        (Some(path), _) => view! { <Link href=path>{inner}</Link> }.into_any(),
        (None, Some(href)) => {
            view! { <a href=href rel="noopener noreferrer">{inner}</a> }.into_any()
        }
        (None, None) => inner,
    }
}
