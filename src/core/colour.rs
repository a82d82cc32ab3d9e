//! Accent colours chosen by an embedding school: accepted only when links in that colour on
//! white, and white text on it, meet WCAG 2.1 AA contrast (4.5:1).

/// The colour as "#rrggbb" when it is a hex colour ("#abc" or "#aabbcc") with enough contrast
/// against white; otherwise `None` (the app keeps its own accent).
pub fn readable_accent(input: &str) -> Option<String> {
    let hex = input.trim().strip_prefix('#')?;
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return None,
    };
    if !full.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&full[i..i + 2], 16).ok();
    let (r, g, b) = (channel(0)?, channel(2)?, channel(4)?);
    (contrast_with_white(r, g, b) >= 4.5).then(|| format!("#{}", full.to_ascii_lowercase()))
}

fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.039_28 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// WCAG contrast ratio of a colour against white.
pub fn contrast_with_white(r: u8, g: u8, b: u8) -> f64 {
    let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    1.05 / (luminance + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_dark_enough_colours_and_rejects_the_rest() {
        assert_eq!(readable_accent("#0B5CAD").as_deref(), Some("#0b5cad"));
        assert_eq!(readable_accent("#000").as_deref(), Some("#000000"));
        assert_eq!(
            readable_accent("#ffff00"),
            None,
            "yellow on white is unreadable"
        );
        assert_eq!(readable_accent("#777777"), None, "4.48:1 is just below AA");
        assert_eq!(readable_accent("#767676").as_deref(), Some("#767676"));
        for bad in [
            "",
            "red",
            "#12345",
            "#gggggg",
            "0b5cad",
            "#0b5cad;color:red",
            "url(x)",
        ] {
            assert_eq!(readable_accent(bad), None, "{bad}");
        }
    }
}
