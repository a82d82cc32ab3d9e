//! Number formatting as Norwegian readers expect it ("53 190", "3,4 %").

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

/// Signed percentage with one decimal and a decimal comma: 3.44 → "+3,4 %".
pub fn signed_percent(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let sign = if rounded > 0.0 {
        "+"
    } else if rounded < 0.0 {
        "−"
    } else {
        ""
    };
    format!("{sign}{:.1}\u{a0}%", rounded.abs()).replace('.', ",")
}

/// Share in whole per cent: (25, 100) → "25 %". `None` when the whole is zero.
pub fn share_percent(part: u64, whole: u64) -> Option<String> {
    if whole == 0 {
        return None;
    }
    let percent = (part as f64 / whole as f64 * 100.0).round() as u64;
    Some(format!("{percent}\u{a0}%"))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_with_no_break_spaces() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(53190), "53\u{a0}190");
        assert_eq!(thousands(2872857), "2\u{a0}872\u{a0}857");
    }

    #[test]
    fn writes_percentages_the_norwegian_way() {
        assert_eq!(signed_percent(3.44), "+3,4\u{a0}%");
        assert_eq!(signed_percent(-0.96), "−1,0\u{a0}%");
        assert_eq!(signed_percent(0.01), "0,0\u{a0}%");
        assert_eq!(share_percent(1, 4).as_deref(), Some("25\u{a0}%"));
        assert_eq!(share_percent(1, 0), None);
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
