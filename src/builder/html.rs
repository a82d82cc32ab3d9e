//! Reduces utdanning.no's HTML to the small, safe structure the app renders: paragraphs,
//! headings, list items, strong/emphasis and absolute http(s) links. Everything else (scripts,
//! styles, images, attributes, unknown tags) is dropped; text is kept as text, never as markup.

use crate::core::model::{Block, Span};

/// Links without a scheme are relative to this site.
const SITE: &str = "https://utdanning.no";

#[derive(Debug, PartialEq)]
enum Token {
    Start { name: String, href: Option<String> },
    End { name: String },
    Text(String),
}

/// Splits HTML into tags and text. Never fails: malformed markup becomes text.
fn tokenize(html: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map(|i| &after[i + 3..]).unwrap_or("");
            continue;
        }
        if rest.starts_with('<') {
            if let Some(end) = find_tag_end(rest) {
                let inside = &rest[1..end];
                rest = &rest[end + 1..];
                if let Some(token) = parse_tag(inside) {
                    tokens.push(token);
                }
                continue;
            }
        }
        let first_len = rest.chars().next().map(char::len_utf8).unwrap_or(1);
        let next = rest[first_len..]
            .find('<')
            .map(|i| i + first_len)
            .unwrap_or(rest.len());
        tokens.push(Token::Text(decode_entities(&rest[..next])));
        rest = &rest[next..];
    }
    tokens
}

/// Index of the `>` closing the tag that starts at 0, skipping quoted attribute values.
fn find_tag_end(s: &str) -> Option<usize> {
    let second = s[1..].chars().next()?;
    if !(second.is_ascii_alphabetic() || second == '/' || second == '!') {
        return None;
    }
    let mut quote: Option<char> = None;
    for (i, ch) in s.char_indices().skip(1) {
        match (quote, ch) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"') | (None, '\'') => quote = Some(ch),
            (None, '>') => return Some(i),
            (None, '<') => return None,
            _ => {}
        }
    }
    None
}

fn parse_tag(inside: &str) -> Option<Token> {
    if inside.starts_with('!') || inside.starts_with('?') {
        return None;
    }
    if let Some(name) = inside.strip_prefix('/') {
        return Some(Token::End {
            name: name.trim().to_ascii_lowercase(),
        });
    }
    let name_end = inside
        .find(|c: char| c.is_whitespace() || c == '/')
        .unwrap_or(inside.len());
    let name = inside[..name_end].to_ascii_lowercase();
    let href = if name == "a" {
        attribute(&inside[name_end..], "href").map(|v| decode_entities(&v))
    } else {
        None
    };
    Some(Token::Start { name, href })
}

fn attribute(attrs: &str, wanted: &str) -> Option<String> {
    let mut rest = attrs;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = rest[name_end..].trim_start();
        let value = if let Some(after_eq) = rest.strip_prefix('=') {
            let after_eq = after_eq.trim_start();
            match after_eq.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = &after_eq[1..];
                    let end = body.find(q).unwrap_or(body.len());
                    rest = body.get(end + 1..).unwrap_or("");
                    body[..end].to_string()
                }
                _ => {
                    let end = after_eq.find(char::is_whitespace).unwrap_or(after_eq.len());
                    rest = &after_eq[end..];
                    after_eq[..end].to_string()
                }
            }
        } else {
            String::new()
        };
        if name == wanted {
            return Some(value);
        }
    }
}

fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let Some(end) = rest
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i)
        else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let decoded = match entity {
            "nbsp" => Some('\u{a0}'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "shy" => Some('\u{ad}'),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(ch) => {
                out.push(ch);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Absolute http(s) URL for an href, or `None` for anything else (javascript:, mailto:, #…).
pub fn safe_link(href: &str) -> Option<String> {
    let href = href.trim();
    let lower = href.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        if href.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return None;
        }
        return Some(href.to_string());
    }
    if href.starts_with('/') && !href.starts_with("//") {
        if href.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return None;
        }
        return Some(format!("{SITE}{href}"));
    }
    None
}

#[derive(Default)]
struct Reducer {
    blocks: Vec<Block>,
    spans: Vec<Span>,
    in_heading: bool,
    /// Items of the open list (nested lists are flattened into it).
    list: Option<Vec<Vec<Span>>>,
    list_depth: usize,
    strong: usize,
    emphasis: usize,
    links: Vec<Option<String>>,
    skip_depth: usize,
}

impl Reducer {
    fn push_text(&mut self, text: &str) {
        if self.skip_depth > 0 || text.is_empty() {
            return;
        }
        let link = self.links.iter().rev().flatten().next().cloned();
        let span = Span {
            text: text.to_string(),
            strong: self.strong > 0,
            emphasis: self.emphasis > 0,
            link,
        };
        match self.spans.last_mut() {
            Some(last)
                if last.strong == span.strong
                    && last.emphasis == span.emphasis
                    && last.link == span.link =>
            {
                last.text.push_str(&span.text)
            }
            _ => self.spans.push(span),
        }
    }

    /// Ends the current run of text as a paragraph, heading or list item.
    fn flush(&mut self) {
        let spans = normalise(std::mem::take(&mut self.spans));
        if spans.is_empty() {
            return;
        }
        if let Some(items) = self.list.as_mut() {
            items.push(spans);
        } else if self.in_heading {
            self.blocks.push(Block::Heading(spans));
        } else {
            self.blocks.push(Block::Paragraph(spans));
        }
    }

    fn start(&mut self, name: &str, href: Option<String>) {
        match name {
            "script" | "style" | "template" | "iframe" | "object" | "svg" | "math" | "noscript"
            | "head" | "title" | "select" | "textarea" | "button" => self.skip_depth += 1,
            "p" | "div" | "section" | "article" | "details" | "summary" | "blockquote"
            | "figure" | "figcaption" | "dl" | "dt" | "dd" | "table" | "tr" | "li" => self.flush(),
            "br" => self.push_text(" "),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                self.in_heading = true;
            }
            "ul" | "ol" => {
                self.flush();
                self.list_depth += 1;
                if self.list.is_none() {
                    self.list = Some(Vec::new());
                }
            }
            "strong" | "b" => self.strong += 1,
            "em" | "i" | "u" => self.emphasis += 1,
            "a" => self.links.push(href.as_deref().and_then(safe_link)),
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "script" | "style" | "template" | "iframe" | "object" | "svg" | "math" | "noscript"
            | "head" | "title" | "select" | "textarea" | "button" => {
                self.skip_depth = self.skip_depth.saturating_sub(1)
            }
            "p" | "div" | "section" | "article" | "details" | "summary" | "blockquote"
            | "figure" | "figcaption" | "dl" | "dt" | "dd" | "table" | "tr" | "li" => self.flush(),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                self.in_heading = false;
            }
            "ul" | "ol" => {
                self.flush();
                self.list_depth = self.list_depth.saturating_sub(1);
                if self.list_depth == 0 {
                    if let Some(items) = self.list.take() {
                        if !items.is_empty() {
                            self.blocks.push(Block::List(items));
                        }
                    }
                }
            }
            "strong" | "b" => self.strong = self.strong.saturating_sub(1),
            "em" | "i" | "u" => self.emphasis = self.emphasis.saturating_sub(1),
            "a" => {
                self.links.pop();
            }
            _ => {}
        }
    }

    fn finish(mut self) -> Vec<Block> {
        self.flush();
        if let Some(items) = self.list.take() {
            if !items.is_empty() {
                self.blocks.push(Block::List(items));
            }
        }
        self.blocks
    }
}

/// Collapses white space (including no-break spaces) and trims the ends of a run of spans.
fn normalise(spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut last_was_space = true;
    for span in spans {
        let mut text = String::with_capacity(span.text.len());
        for ch in span.text.chars() {
            if ch.is_whitespace() || ch == '\u{a0}' {
                if !last_was_space {
                    text.push(' ');
                    last_was_space = true;
                }
            } else if !ch.is_control() || ch == '\u{ad}' {
                text.push(ch);
                last_was_space = false;
            }
        }
        if !text.is_empty() {
            out.push(Span { text, ..span });
        }
    }
    if let Some(last) = out.last_mut() {
        let trimmed = last.text.trim_end().len();
        last.text.truncate(trimmed);
        if last.text.is_empty() {
            out.pop();
        }
    }
    out
}

/// HTML → blocks.
pub fn reduce(html: &str) -> Vec<Block> {
    let mut reducer = Reducer::default();
    for token in tokenize(html) {
        match token {
            Token::Start { name, href } => reducer.start(&name, href),
            Token::End { name } => reducer.end(&name),
            Token::Text(text) => reducer.push_text(&text),
        }
    }
    reducer.finish()
}

/// The description split into the task list ("Vanlige arbeidsoppgaver …" and the list right
/// after it) and the rest.
pub struct SplitDescription {
    pub description: Vec<Block>,
    pub tasks_heading: Option<String>,
    pub tasks: Vec<Vec<Span>>,
}

pub fn split_tasks(blocks: Vec<Block>) -> SplitDescription {
    let position = blocks.windows(2).position(|pair| {
        let label = match &pair[0] {
            Block::Heading(spans) => Some(spans),
            Block::Paragraph(spans) if spans.iter().all(|s| s.strong) => Some(spans),
            _ => None,
        };
        let is_task_label = label
            .map(|spans| {
                crate::core::model::spans_text(spans)
                    .to_lowercase()
                    .contains("arbeidsoppgaver")
            })
            .unwrap_or(false);
        is_task_label && matches!(pair[1], Block::List(_))
    });
    let Some(index) = position else {
        return SplitDescription {
            description: blocks,
            tasks_heading: None,
            tasks: Vec::new(),
        };
    };
    let mut description = blocks;
    let list = description.remove(index + 1);
    let heading = description.remove(index);
    let tasks_heading = match heading {
        Block::Heading(spans) | Block::Paragraph(spans) => {
            Some(crate::core::model::spans_text(&spans))
        }
        Block::List(_) => None,
    };
    let tasks = match list {
        Block::List(items) => items,
        _ => Vec::new(),
    };
    SplitDescription {
        description,
        tasks_heading,
        tasks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(block: &Block) -> String {
        match block {
            Block::Paragraph(s) | Block::Heading(s) => crate::core::model::spans_text(s),
            Block::List(items) => items
                .iter()
                .map(|i| crate::core::model::spans_text(i))
                .collect::<Vec<_>>()
                .join("|"),
        }
    }

    #[test]
    fn keeps_paragraphs_headings_lists_and_entities() {
        let blocks = reduce(
            "<p>Som kokk&nbsp; lager du &quot;mat&quot; &amp; mer.</p><h3>Vanlige arbeidsoppgaver:</h3>\
             <ul style=\"x\"><li data-id=\"1\">lage mat</li><li>vaske  opp</li></ul>",
        );
        assert_eq!(blocks.len(), 3);
        assert_eq!(text_of(&blocks[0]), "Som kokk lager du \"mat\" & mer.");
        assert!(matches!(blocks[1], Block::Heading(_)));
        assert_eq!(text_of(&blocks[2]), "lage mat|vaske opp");
    }

    #[test]
    fn drops_scripts_handlers_and_unsafe_links() {
        let blocks = reduce(
            "<p onclick=\"alert(1)\">Hei <script>alert(2)</script><img src=x onerror=alert(3)>\
             <a href=\"javascript:alert(4)\">lenke</a> <a href='/yrker/beskrivelse/kokk'>kokk</a></p>",
        );
        assert_eq!(blocks.len(), 1);
        let Block::Paragraph(spans) = &blocks[0] else {
            panic!("expected a paragraph")
        };
        let all: String = spans.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(all, "Hei lenke kokk");
        assert!(spans
            .iter()
            .all(|s| s.link.as_deref() != Some("javascript:alert(4)")));
        assert_eq!(
            spans.last().unwrap().link.as_deref(),
            Some("https://utdanning.no/yrker/beskrivelse/kokk")
        );
    }

    #[test]
    fn marks_emphasis_and_survives_broken_markup() {
        let blocks = reduce("<p><strong>Viktig</strong> og <em>skrå</em> < 5 og <b>åpen");
        let Block::Paragraph(spans) = &blocks[0] else {
            panic!("expected a paragraph")
        };
        assert!(spans[0].strong);
        assert!(spans.iter().any(|s| s.emphasis && s.text == "skrå"));
        assert!(crate::core::model::spans_text(spans).contains("< 5"));
    }

    #[test]
    fn splits_the_task_list_from_the_description() {
        let blocks = reduce(
            "<p>Intro.</p><h3>Vanlige arbeidsoppgaver for en kokk:</h3><ul><li>a</li><li>b</li></ul><p>Slutt.</p>",
        );
        let split = split_tasks(blocks);
        assert_eq!(
            split.tasks_heading.as_deref(),
            Some("Vanlige arbeidsoppgaver for en kokk:")
        );
        assert_eq!(split.tasks.len(), 2);
        assert_eq!(split.description.len(), 2);
    }

    #[test]
    fn accepts_a_strong_paragraph_as_task_label() {
        let blocks = reduce("<p><strong>Arbeidsoppgaver kan være:</strong></p><ul><li>a</li></ul>");
        let split = split_tasks(blocks);
        assert_eq!(split.tasks.len(), 1);
        assert!(split.description.is_empty());
    }

    #[test]
    fn never_splits_multibyte_characters() {
        let blocks = reduce("ø<æ&å;ø&#xZZ;é<p>ü&");
        let all: String = blocks.iter().map(text_of).collect();
        assert!(all.contains('ø') && all.contains('ü'));
    }

    #[test]
    fn safe_link_accepts_only_http_and_site_paths() {
        assert_eq!(
            safe_link("https://ssb.no").as_deref(),
            Some("https://ssb.no")
        );
        assert_eq!(safe_link(" JavaScript:alert(1)"), None);
        assert_eq!(safe_link("//evil.example"), None);
        assert_eq!(safe_link("mailto:a@b.no"), None);
        assert_eq!(safe_link("#top"), None);
    }
}
