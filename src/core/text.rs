//! Text folding shared by every place that compares user input with data.
//!
//! Policy: lower case; æ → "ae", ø → "o", å → "a"; accents dropped (é → e, ü → u);
//! hyphens, slashes and runs of white space become one space. The same function is applied to
//! the data and to what the user types, so both sides always agree.

pub fn fold(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut last_was_space = true;
    for ch in input.chars().flat_map(char::to_lowercase) {
        let replacement: &str = match ch {
            'æ' | 'ä' => "ae",
            'ø' | 'ö' | 'ó' | 'ò' | 'ô' => "o",
            'å' | 'á' | 'à' | 'â' => "a",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'ü' | 'ú' | 'ù' | 'û' => "u",
            'í' | 'ì' | 'î' | 'ï' => "i",
            'ç' => "c",
            'ñ' => "n",
            'č' => "c",
            'š' => "s",
            'ž' => "z",
            'đ' => "d",
            'ŋ' => "n",
            'ŧ' => "t",
            c if c.is_alphanumeric() => {
                out.push(c);
                last_was_space = false;
                continue;
            }
            _ => {
                if !last_was_space {
                    out.push(' ');
                    last_was_space = true;
                }
                continue;
            }
        };
        out.push_str(replacement);
        last_was_space = false;
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// True when every word of `query` occurs in `haystack`; both already folded.
/// An empty query matches everything.
pub fn contains_all_words(haystack: &str, folded_query: &str) -> bool {
    let compact: String = haystack.chars().filter(|c| *c != ' ').collect();
    folded_query
        .split(' ')
        .filter(|w| !w.is_empty())
        .all(|word| haystack.contains(word) || compact.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_letters_and_separators() {
        assert_eq!(fold("IT-prosjektleder"), "it prosjektleder");
        assert_eq!(fold("  Sjåfør  /  Kjøkken "), "sjafor kjokken");
        assert_eq!(fold("Kafé Ærlig"), "kafe aerlig");
        assert_eq!(fold(""), "");
        assert_eq!(fold("---"), "");
    }

    #[test]
    fn matches_every_word_in_any_order() {
        let title = fold("IT-prosjektleder");
        assert!(contains_all_words(&title, &fold("prosjektleder")));
        assert!(contains_all_words(&title, &fold("leder it")));
        assert!(contains_all_words(&title, &fold("itprosjekt")));
        assert!(!contains_all_words(&title, &fold("kokk")));
        assert!(contains_all_words(&title, ""));
    }
}
