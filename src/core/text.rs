//! Text folding shared by every place that compares user input with data.
//!
//! Policy, applied to the data and to what the user types alike, so both sides always agree:
//! - lower case;
//! - æ → "ae", ø → "o", å → "a"; the ASCII spellings "oe" → "o" and "aa" → "a", so
//!   "bilmekaniker lette kjoeretoey", "kjøretøy" and "kjoretoy" are the same word;
//! - accents dropped (é → e, ü → u, á → a, Sami letters to their base letters);
//! - every run of other characters (hyphens, slashes, spaces, punctuation) → one space, so
//!   "IT-prosjektleder" and "it prosjektleder" are the same words.

/// The folded form of one character (empty for separators).
fn fold_char(c: char) -> &'static str {
    match c {
        'æ' | 'ä' => "ae",
        'ø' | 'ö' | 'ó' | 'ò' | 'ô' | 'õ' => "o",
        'å' | 'á' | 'à' | 'â' | 'ã' => "a",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'ü' | 'ú' | 'ù' | 'û' => "u",
        'í' | 'ì' | 'î' | 'ï' => "i",
        'ç' | 'č' => "c",
        'ñ' | 'ŋ' => "n",
        'š' => "s",
        'ž' => "z",
        'đ' => "d",
        'ŧ' => "t",
        _ => "",
    }
}

/// Folds `input` and tells, for every character of the result, which character of the input
/// (counted in chars) it came from. Separators become single spaces; no leading or trailing
/// space.
pub fn fold_with_map(input: &str) -> (String, Vec<usize>) {
    let mut chars: Vec<char> = Vec::with_capacity(input.len());
    let mut origin: Vec<usize> = Vec::with_capacity(input.len());
    // Whether a character was written as it is (not the folding of "ø", "å" …).
    let mut as_written: Vec<bool> = Vec::with_capacity(input.len());
    for (index, ch) in input.chars().enumerate() {
        for lower in ch.to_lowercase() {
            let folded = fold_char(lower);
            if !folded.is_empty() {
                for f in folded.chars() {
                    chars.push(f);
                    origin.push(index);
                    as_written.push(false);
                }
            } else if lower.is_alphanumeric() {
                chars.push(lower);
                origin.push(index);
                as_written.push(true);
            } else if chars.last().is_some_and(|c| *c != ' ') {
                chars.push(' ');
                origin.push(index);
                as_written.push(true);
            }
        }
    }
    if chars.last() == Some(&' ') {
        chars.pop();
        origin.pop();
    }
    // "oe" → "o", "aa" → "a", where both letters were typed so: "sjøen" stays "sjoen".
    let mut out = String::with_capacity(chars.len());
    let mut map = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        out.push(chars[i]);
        map.push(origin[i]);
        let digraph = matches!(
            (chars[i], chars.get(i + 1)),
            ('o', Some('e')) | ('a', Some('a'))
        ) && as_written[i]
            && as_written[i + 1];
        i += if digraph { 2 } else { 1 };
    }
    (out, map)
}

pub fn fold(input: &str) -> String {
    fold_with_map(input).0
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
    fn ascii_spellings_fold_like_the_letters() {
        assert_eq!(fold("kjøretøy"), fold("kjoeretoey"));
        assert_eq!(fold("kjøretøy"), fold("kjoretoy"));
        assert_eq!(fold("Håndverker"), fold("haandverker"));
        assert_eq!(fold("Frisør"), fold("frisoer"));
        assert_eq!(fold("Sjåfør"), fold("sjafor"));
        assert_eq!(fold("Mühlbauer"), "muhlbauer");
        assert_eq!(fold("sjøen"), "sjoen", "ø then e is no ASCII spelling of ø");
        assert_eq!(fold("båa"), "baa");
    }

    #[test]
    fn maps_folded_characters_back_to_the_input() {
        let (folded, map) = fold_with_map("Møbel-Snekker");
        assert_eq!(folded, "mobel snekker");
        assert_eq!(map[0], 0);
        assert_eq!(map[1], 1, "ø came from the second character");
        assert_eq!(map[6], 6, "the s of Snekker");
        let (folded, map) = fold_with_map("Ærfugl");
        assert_eq!(folded, "aerfugl");
        assert_eq!(&map[..3], &[0, 0, 1]);
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
