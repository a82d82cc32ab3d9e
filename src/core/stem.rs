//! Light stemming of folded Norwegian words, bokmål and nynorsk alike, applied to the data
//! (when the full-text index is built) and to what the user types, so both sides agree.
//!
//! Spelling policy (after [`crate::core::text::fold`], so æ/ø/å are already "ae"/"o"/"a"):
//! 1. Nynorsk spellings of common stems become the bokmål stem, anywhere in a word, so
//!    compounds follow: "sjukepleiar" → "sykepleiar", "tannlaekjar" → "tannlege",
//!    "hogskule" → "hoyskole". The list is [`NYNORSK_STEMS`]; whole words in
//!    [`NYNORSK_WORDS`]. Word endings: "-leg" → "-lig" (vanleg), "-heit" → "-het"
//!    (fridomsheit), "-ande" → "-ende".
//! 2. One inflection ending is cut, the longest that leaves at least three letters:
//!    plural and definite forms of both written standards ("-arane", "-erne", "-arar",
//!    "-ere", "-ane", "-ene", "-ar", "-er", "-en", "-et", "-a", "-e"), verbal nouns ("-ing", "-inga", "-ingar", "-ingen") and
//!    present participles ("-ende"). Agent nouns in "-ar" (nynorsk) and "-er" (bokmål) thus
//!    meet: "laerar" and "laerer" → "laer".
//!
//! 3. A final "-el" loses its e, as it does when inflected: "møbel", "møbler" → "mobl".
//!
//! The stem is an index key, never shown: "bygger", "bygge", "bygging" → "bygg".

/// Nynorsk stems and their bokmål form, replaced wherever they occur in a word.
const NYNORSK_STEMS: &[(&str, &str)] = &[
    ("sjuk", "syk"),
    ("laekjar", "lege"),
    ("laekj", "leg"),
    ("hogskul", "hoyskol"),
    ("skule", "skole"),
    ("kyrkje", "kirke"),
    ("teikn", "tegn"),
    ("tenest", "tjenest"),
    ("royr", "ror"),
    ("leggjar", "legger"),
    ("reinhald", "renhold"),
    ("vaksen", "voksen"),
    ("mjolk", "melk"),
    ("golv", "gulv"),
    ("heim", "hjem"),
    ("forsking", "forskning"),
    ("songar", "sanger"),
    ("snikkar", "snekker"),
    ("draum", "drom"),
    ("leik", "lek"),
    ("kjensl", "folels"),
    ("framand", "fremmed"),
    ("saman", "sammen"),
    ("mykj", "mye"),
];

/// Whole nynorsk words that differ from bokmål in more than an ending.
const NYNORSK_WORDS: &[(&str, &str)] = &[
    ("eg", "jeg"),
    ("ikkje", "ikke"),
    ("kva", "hva"),
    ("korleis", "hvordan"),
    ("born", "barn"),
    ("borna", "barna"),
    ("veg", "vei"),
    ("vegar", "veier"),
    ("mykje", "mye"),
    ("berre", "bare"),
    ("ein", "en"),
    ("eit", "et"),
    ("ei", "en"),
    ("dei", "de"),
    ("noko", "noe"),
    ("nokon", "noen"),
    ("sja", "se"),
    ("heile", "hele"),
];

/// Inflection endings, longest first.
const ENDINGS: &[&str] = &[
    "ingane", "ingene", "arane", "ingar", "inger", "ingen", "erne", "arar", "inga", "ande", "ende",
    "ere", "ane", "ene", "ing", "ar", "er", "en", "et", "a", "e",
];

/// A bokmål word without its longest inflection ending (at least three letters left), or
/// the word itself: the cheap half of [`stem`], for the many pieces of compounds search
/// looks up.
pub fn cut_ending(word: &str) -> &str {
    ENDINGS
        .iter()
        .find_map(|ending| {
            word.strip_suffix(ending)
                .filter(|stem| stem.chars().count() >= MIN_STEM)
        })
        .unwrap_or(word)
}

/// Whether `text` is one of the inflection endings the stemmer cuts.
pub fn is_ending(text: &str) -> bool {
    ENDINGS.contains(&text)
}

/// The fewest letters a stem keeps.
const MIN_STEM: usize = 3;

/// The bokmål spelling of a folded word (step 1 of the policy).
pub fn bokmal_spelling(word: &str) -> String {
    if let Some((_, bokmal)) = NYNORSK_WORDS.iter().find(|(nn, _)| *nn == word) {
        return (*bokmal).to_string();
    }
    let mut word = word.to_string();
    for (nynorsk, bokmal) in NYNORSK_STEMS {
        if word.contains(nynorsk) {
            word = word.replace(nynorsk, bokmal);
        }
    }
    for (nynorsk, bokmal) in [("heit", "het"), ("leg", "lig"), ("ande", "ende")] {
        if word.len() > nynorsk.len() + 2 && word.ends_with(nynorsk) {
            word.truncate(word.len() - nynorsk.len());
            word.push_str(bokmal);
            break;
        }
    }
    word
}

/// The stem of a folded word: bokmål spelling, then one inflection ending cut. Digits and
/// short words are kept as they are.
pub fn stem(word: &str) -> String {
    if word.bytes().any(|b| b.is_ascii_digit()) {
        return word.to_string();
    }
    let word = bokmal_spelling(word);
    let cut = cut_ending(&word);
    // "-el" loses its e when inflected ("møbel", "møbler"): the stem never has it.
    match cut.strip_suffix("el") {
        Some(rest) if rest.chars().count() >= MIN_STEM => format!("{rest}l"),
        _ => cut.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bokmal_and_nynorsk_forms_meet() {
        for (a, b) in [
            ("sjukepleiar", "sykepleier"),
            ("sjukepleiarar", "sykepleiere"),
            ("laerar", "laerer"),
            ("laerarane", "laererne"),
            ("tannlaekjar", "tannlege"),
            ("hogskule", "hoyskole"),
            ("vanleg", "vanlig"),
            ("snikkar", "snekker"),
            ("royrleggjar", "rorlegger"),
            ("bilane", "bilene"),
            ("teikning", "tegning"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
    }

    #[test]
    fn inflections_share_a_stem() {
        for group in [
            &["bygge", "bygger", "bygging", "bygget"][..],
            &["bil", "biler", "bilen", "bilar"],
            &["kokk", "kokker", "kokken"],
            &["lege", "leger", "legen"],
            &["behandle", "behandling", "behandlinga"],
            &["mobel", "mobler", "moblene"],
        ] {
            let first = stem(group[0]);
            for word in group {
                assert_eq!(stem(word), first, "{word}");
            }
        }
    }

    #[test]
    fn short_words_and_codes_are_kept() {
        assert_eq!(stem("ute"), "ute");
        assert_eq!(stem("dyr"), "dyr");
        assert_eq!(stem("2511"), "2511");
        assert_eq!(stem("it"), "it");
    }
}
