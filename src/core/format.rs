//! Number formatting as readers of each UI language expect it: "53 190" and "3,4 %" in
//! Norwegian, "53,190" and "3.4%" in English.

use crate::core::lang::Lang;

/// Thousands separated by a no-break space: 53190 → "53 190".
pub fn thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('\u{a0}');
        }
        out.push(ch);
    }
    out
}

/// A whole number in the language's style: 53190 → "53 190" (no-break space), "53,190".
pub fn number(value: u64, lang: Lang) -> String {
    match lang {
        Lang::En => thousands(value).replace('\u{a0}', ","),
        Lang::Nb | Lang::Nn => thousands(value),
    }
}

/// A number written with `decimals` places and a decimal point, from its value times
/// 10^decimals: (4325, 2) → "43.25", (-5, 1) → "-0.5", (7, 0) → "7". Integer formatting only,
/// so the app's wasm carries no float printing.
pub fn scaled_decimal(scaled: i64, decimals: u32) -> String {
    let sign = if scaled < 0 { "-" } else { "" };
    let magnitude = scaled.unsigned_abs();
    let scale = 10u64.pow(decimals);
    if decimals == 0 {
        return format!("{sign}{magnitude}");
    }
    let places = decimals as usize;
    format!("{sign}{}.{:0places$}", magnitude / scale, magnitude % scale)
}

/// `value` rounded half away from zero to `decimals` places: (3.456, 1) → "3.5", (12.0, 2) →
/// "12.00".
pub fn fixed(value: f64, decimals: u32) -> String {
    scaled_decimal(
        (value * 10f64.powi(decimals as i32)).round() as i64,
        decimals,
    )
}

/// Signed percentage with one decimal: 3.44 → "+3,4 %" (decimal comma, space before the
/// sign), "+3.4%" in English.
pub fn signed_percent(value: f64, lang: Lang) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let sign = if rounded > 0.0 {
        "+"
    } else if rounded < 0.0 {
        "−"
    } else {
        ""
    };
    match lang {
        Lang::En => format!("{sign}{}%", fixed(rounded.abs(), 1)),
        Lang::Nb | Lang::Nn => {
            format!("{sign}{}\u{a0}%", fixed(rounded.abs(), 1)).replace('.', ",")
        }
    }
}

/// Points with the decimals they need (one, or two when the second is not 0): 42.5 → "42,5",
/// 43.25 → "43,25", 40 → "40,0"; a decimal point in English.
pub fn points(value: f64, lang: Lang) -> String {
    let hundredths = (value * 100.0).round() as i64;
    let text = if hundredths % 10 == 0 {
        scaled_decimal(hundredths / 10, 1)
    } else {
        scaled_decimal(hundredths, 2)
    };
    match lang {
        Lang::En => text,
        Lang::Nb | Lang::Nn => text.replace('.', ","),
    }
}

/// Share in whole per cent: (25, 100) → "25 %" ("25%" in English). `None` when the whole is
/// zero.
pub fn share_percent(part: u64, whole: u64, lang: Lang) -> Option<String> {
    if whole == 0 {
        return None;
    }
    let percent = (part as f64 / whole as f64 * 100.0).round() as u64;
    Some(match lang {
        Lang::En => format!("{percent}%"),
        Lang::Nb | Lang::Nn => format!("{percent}\u{a0}%"),
    })
}

/// Sort key giving Norwegian alphabetical order (… x y z æ ø å), case-insensitive.
pub fn norwegian_sort_key(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'æ' | 'ä' => '{',
            'ø' | 'ö' => '|',
            'å' => '}',
            'é' | 'è' | 'ê' => 'e',
            'ü' => 'u',
            other => other,
        })
        .collect()
}

/// Zero-width and bidirectional formatting characters, which can disguise a link or reorder
/// the text around it.
pub fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

/// The URL when it is an absolute http(s) address with no spaces or control characters. Links
/// are only ever made from such URLs (never `javascript:`, `data:` or relative ones).
pub fn http_url(url: &str) -> Option<&str> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
    let clean = !url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || is_invisible_format(c));
    let has_host = url
        .split_once("://")
        .is_some_and(|(_, rest)| !rest.is_empty());
    (scheme_ok && clean && has_host).then_some(url)
}

/// Text made safe inside HTML text and quoted attribute values (for pages written at build
/// time; the views themselves never render data as HTML).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_written_with_integers_only() {
        assert_eq!(scaled_decimal(4325, 2), "43.25");
        assert_eq!(scaled_decimal(-5, 1), "-0.5");
        assert_eq!(scaled_decimal(7, 0), "7");
        assert_eq!(scaled_decimal(400, 1), "40.0");
        assert_eq!(fixed(3.456, 1), "3.5");
        assert_eq!(fixed(12.0, 2), "12.00");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(99.95, 1), "100.0");
        assert_eq!(fixed(33.333_333, 2), "33.33");
    }

    #[test]
    fn only_http_urls_become_links() {
        assert_eq!(
            http_url("https://utdanning.no/yrker"),
            Some("https://utdanning.no/yrker")
        );
        assert_eq!(http_url("HTTP://ssb.no"), Some("HTTP://ssb.no"));
        for bad in [
            "javascript:alert(1)",
            " https://x.no",
            "https://x.no/a b",
            "data:text/html,x",
            "/yrke/kokk",
            "https://",
            "",
            "java\tscript:x",
            "https://x.no/\u{202e}",
        ] {
            assert_eq!(http_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn groups_thousands_with_no_break_spaces() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(53190), "53\u{a0}190");
        assert_eq!(thousands(2872857), "2\u{a0}872\u{a0}857");
    }

    #[test]
    fn writes_percentages_the_norwegian_way() {
        assert_eq!(signed_percent(3.44, Lang::Nb), "+3,4\u{a0}%");
        assert_eq!(signed_percent(-0.96, Lang::Nn), "−1,0\u{a0}%");
        assert_eq!(signed_percent(0.01, Lang::Nb), "0,0\u{a0}%");
        assert_eq!(share_percent(1, 4, Lang::Nb).as_deref(), Some("25\u{a0}%"));
        assert_eq!(share_percent(1, 0, Lang::Nb), None);
    }

    #[test]
    fn writes_numbers_the_english_way_on_english_pages() {
        assert_eq!(number(2872857, Lang::En), "2,872,857");
        assert_eq!(number(2872857, Lang::Nn), "2\u{a0}872\u{a0}857");
        assert_eq!(signed_percent(3.44, Lang::En), "+3.4%");
        assert_eq!(share_percent(1, 4, Lang::En).as_deref(), Some("25%"));
    }

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape_html(r#"<a href="x">'Tom & Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;Tom &amp; Jerry&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn sorts_aeoa_after_z() {
        let mut words = vec![
            "Ørretoppdretter",
            "Zoolog",
            "Ambulansearbeider",
            "Åpningsvakt",
        ];
        words.sort_by_key(|w| norwegian_sort_key(w));
        assert_eq!(
            words,
            [
                "Ambulansearbeider",
                "Zoolog",
                "Ørretoppdretter",
                "Åpningsvakt"
            ]
        );
    }
}
