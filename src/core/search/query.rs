//! The words of a query: filler words and intent verbs left out, everyday words and their
//! page words, typo distance, compounds split into words the indexes hold.

use super::filler::FILLER_WORDS;
use super::index::MIN_PART;
use super::*;

/// Weight of an everyday synonym and of the parts of a compound the indexes also hold
/// whole, against the word itself.
const SYNONYM_FACTOR: f32 = 0.9;
const KNOWN_COMPOUND_PARTS_FACTOR: f32 = 0.4;

/// Edit distance (insert, delete, substitute, swap of neighbours) between `query` and `word`,
/// and between `query` and the closest prefix of `word`; `None` when above `max`.
pub(super) fn typo_distance(
    query: &[char],
    word: &[char],
    max: usize,
) -> (Option<usize>, Option<usize>) {
    const CAP: usize = 32;
    let n = query.len();
    let m = word.len().min(n + max);
    if word.len() + max < n || n >= CAP || m >= CAP {
        return (None, None);
    }
    // Three rolling rows on the stack, rotated by index: this runs for thousands of words
    // per keystroke.
    let mut rows = [[0u8; CAP]; 3];
    let (mut before, mut previous, mut current) = (0usize, 1usize, 2usize);
    for (j, cell) in rows[previous].iter_mut().enumerate().take(m + 1) {
        *cell = j as u8;
    }
    let max_u8 = max as u8;
    for i in 1..n + 1 {
        rows[current][0] = i as u8;
        let mut row_min = i as u8;
        for j in 1..m + 1 {
            let cost = u8::from(query[i - 1] != word[j - 1]);
            let mut value = (rows[previous][j] + 1)
                .min(rows[current][j - 1] + 1)
                .min(rows[previous][j - 1] + cost);
            if i > 1 && j > 1 && query[i - 1] == word[j - 2] && query[i - 2] == word[j - 1] {
                value = value.min(rows[before][j - 2] + 1);
            }
            rows[current][j] = value;
            row_min = row_min.min(value);
        }
        if row_min > max_u8 {
            return (None, None);
        }
        (before, previous, current) = (previous, current, before);
    }
    let last = &rows[previous];
    let full = (m == word.len())
        .then(|| last[m] as usize)
        .filter(|d| *d <= max);
    let prefix = last[..m + 1]
        .iter()
        .map(|d| *d as usize)
        .min()
        .filter(|d| *d <= max);
    (full, prefix)
}

pub(super) fn allowed_typos(length: usize) -> usize {
    match length {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Verbs of intent phrases ("hjelpe folk", "kjøre lastebil", "bygge hus"): they rank what
/// the page says the work is about, but do not narrow the result, and never match names.
pub(super) const INTENT_VERBS: &[&str] = &[
    "hjelpe",
    "hjelpa",
    "kjore",
    "kjora",
    "bygge",
    "byggje",
    "reparere",
    "fikse",
    "passe",
    "stelle",
    "selge",
    "selje",
    "undervise",
    "tegne",
    "teikne",
    "skrive",
    "lese",
    "male",
    "lage",
    "snakke",
    "jobbe",
    "arbeide",
    "lære",
    "laere",
    "redde",
    "ta",
    "vaere",
    "hjelper",
    "tjene",
];

/// Everyday words pupils write and the words the pages use for the same thing. A written
/// policy, short on purpose: only words whose page words are not simply inflections.
pub(super) const EVERYDAY_WORDS: &[(&str, &[&str])] = &[
    ("folk", &["mennesker", "personer"]),
    ("ute", &["utendors", "friluft", "uteomrader"]),
    ("data", &["datamaskiner", "it"]),
    ("penger", &["okonomi"]),
    ("unger", &["barn"]),
    ("ungar", &["barn"]),
    ("gamle", &["eldre"]),
    ("syke", &["pasienter"]),
    ("sjuke", &["pasienter"]),
    ("skole", &["elever"]),
    ("musikk", &["musiker"]),
    ("youtuber", &["influenser", "innholdsprodusent"]),
    ("gamer", &["esport", "spill"]),
    ("gaming", &["esport", "spill"]),
    ("koder", &["programmerer", "programmering"]),
    ("koding", &["programmering", "programmerer"]),
    ("dj", &["musikkprodusent", "lydtekniker", "musiker"]),
    ("sydame", &["syer", "sying"]),
    ("sjomann", &["sjomannskap", "matros", "skip"]),
    (
        "sjo",
        &["skip", "hav", "maritim", "matros", "fisker", "skipsforer"],
    ),
    (
        "havet",
        &["skip", "hav", "maritim", "matros", "fisker", "skipsforer"],
    ),
    ("strom", &["elektriker", "elektrisitet", "elektro"]),
    ("elektrisitet", &["elektriker", "elektro", "strom"]),
    ("eldre", &["eldreomsorg", "sykehjem"]),
    ("gamle", &["eldre", "eldreomsorg", "sykehjem"]),
    ("reparere", &["reparasjon", "reparasjoner"]),
    ("fikse", &["reparere", "reparasjon"]),
    ("kontordame", &["sekretaer", "kontor"]),
    ("datamaskin", &["it", "pc", "data"]),
    ("vaskehjelp", &["renhold"]),
    ("sosialarbeider", &["sosionom", "sosialarbeid"]),
    ("matlaging", &["kokk", "mat"]),
    ("kjokken", &["kokk"]),
    // English words for which the ISCO-08 titles use others ("car" → "motor vehicle").
    ("car", &["bil", "motor", "vehicle"]),
    ("cars", &["bil", "motor", "vehicle"]),
    ("sea", &["ship", "matros", "fisker", "skipsforer"]),
    // Everyday English job titles the ISCO-08 titles put otherwise.
    ("doctor", &["lege", "medical", "practitioners"]),
    ("cop", &["politi", "police"]),
    ("policeman", &["politi", "police"]),
    ("firefighter", &["brannkonstabel", "brann", "fire"]),
    ("fireman", &["brannkonstabel", "brann", "fire"]),
    ("farmer", &["bonde", "gardbruker", "farmers"]),
    ("fisherman", &["fisker", "fishery"]),
    ("soldier", &["soldat", "militaer", "armed"]),
    ("lawyer", &["advokat", "jurist", "lawyers"]),
    ("attorney", &["advokat", "jurist"]),
    ("janitor", &["vaktmester", "caretakers"]),
    ("waitress", &["servitor", "waiters"]),
    ("stewardess", &["kabinansatt", "flyvertinne", "cabin"]),
    ("babysitter", &["barnepasser", "child"]),
    ("coder", &["programmerer", "programmers"]),
    ("engineer", &["ingenior", "engineers"]),
    ("cashier", &["butikkmedarbeider", "kasserer"]),
    ("checkout", &["butikkmedarbeider"]),
    ("developer", &["utvikler", "developers"]),
    ("salesman", &["selger", "salespersons"]),
    ("shopkeeper", &["butikksjef", "shopkeepers"]),
    ("mailman", &["postbud", "mail"]),
    ("postman", &["postbud", "mail"]),
    // Older Norwegian titles pupils still hear.
    ("sykesoster", &["sykepleier"]),
    ("sjukesyster", &["sykepleier"]),
    ("flyvertinne", &["kabinansatt", "flyvert", "kabinpersonale"]),
    ("barnepike", &["barnepasser", "barnehageassistent"]),
    ("husmor", &["husholdning", "renhold"]),
];

/// Feminine and older forms of titles and the endings titles have today, tried in this order
/// on a word no name holds: "sykepleierske" → "sykepleier", "servitrise" → "servitør",
/// "brannkvinne" → "brannmann", "lærerinne" → "lærer", "stewardesse" → "steward". Words are
/// folded (ø → o).
const FEMININE_ENDINGS: &[(&str, &str)] = &[
    ("kvinne", "mann"),
    ("dame", "mann"),
    ("erske", "er"),
    ("trise", "tor"),
    ("inne", ""),
    ("esse", ""),
    ("ske", ""),
];

/// The forms [`FEMININE_ENDINGS`] give a word, longest ending first.
pub(super) fn masculine_forms(word: &str) -> Vec<String> {
    FEMININE_ENDINGS
        .iter()
        .filter_map(|(ending, replacement)| {
            let stem = word.strip_suffix(ending)?;
            (stem.chars().count() >= 3).then(|| format!("{stem}{replacement}"))
        })
        .collect()
}

/// [`EVERYDAY_WORDS`] by the stem of the everyday word, computed once.
pub(super) fn everyday_stems() -> &'static [(String, &'static [&'static str])] {
    static STEMS: std::sync::OnceLock<Vec<(String, &'static [&'static str])>> =
        std::sync::OnceLock::new();
    STEMS.get_or_init(|| {
        EVERYDAY_WORDS
            .iter()
            .map(|(word, synonyms)| (stem(word), *synonyms))
            .collect()
    })
}

/// One content word of a query and the ways it may be meant.
#[derive(Debug, Clone)]
pub(super) struct QueryWord {
    pub(super) text: String,
    pub(super) soft: bool,
    pub(super) forms: Vec<Form>,
}

#[derive(Debug, Clone)]
pub(super) enum Form {
    /// A word; `true` while it is still being typed (matches longer words).
    Word(String, bool, f32),
    /// A compound's parts, which add up; weighing half when the word itself is one typo
    /// from a name.
    Parts(Vec<String>, f32),
}

impl QueryWord {
    pub(super) fn stems(&self) -> Vec<String> {
        self.forms
            .iter()
            .flat_map(|form| match form {
                Form::Word(text, _, _) => vec![stem(text)],
                Form::Parts(parts, _) => parts.iter().map(|p| stem(p)).collect(),
            })
            .collect()
    }
}

impl SearchIndex {
    /// A word split into words the indexes hold ("brannfolk" → brann, folk;
    /// "spillprogrammering" → spill, programmering); a linking "s" or "e" between parts is
    /// allowed. Of all splits: parts the full text knows first, then the fewest parts, then
    /// the longest last part (the head of a Norwegian compound). `None` when no split covers
    /// the whole word.
    pub fn split_compound(
        &self,
        word: &str,
        full_text: Option<&FullTextIndex>,
    ) -> Option<Vec<String>> {
        /// Whether a piece of the word is known, each piece looked up once.
        struct Known<'a> {
            index: &'a SearchIndex,
            full_text: Option<&'a FullTextIndex>,
            seen: HashMap<String, bool>,
        }
        impl Known<'_> {
            fn check(&mut self, piece: &str) -> bool {
                if let Some(&known) = self.seen.get(piece) {
                    return known;
                }
                let known = self.index.is_known(piece, self.full_text);
                self.seen.insert(piece.to_string(), known);
                known
            }
        }
        fn splits(
            known: &mut Known,
            rest: &str,
            depth: usize,
            out: &mut Vec<Vec<String>>,
            prefix: &mut Vec<String>,
        ) {
            if depth > 3 || out.len() > 32 {
                return;
            }
            // Only the first part may be as short as three letters ("bil", "mat");
            // later ones need four, or "bussjofør" falls apart into "bus", "sjø", "for".
            let shortest = if depth == 0 { MIN_PART } else { MIN_PART + 1 };
            for (end, _) in rest.char_indices().skip(shortest) {
                let head = &rest[..end];
                if !known.check(head) {
                    continue;
                }
                let tail = &rest[end..];
                for tail in [Some(tail), tail.strip_prefix('s'), tail.strip_prefix('e')]
                    .into_iter()
                    .flatten()
                {
                    if tail.chars().count() < MIN_PART + 1 {
                        continue;
                    }
                    prefix.push(head.to_string());
                    if known.check(tail) {
                        let mut found = prefix.clone();
                        found.push(tail.to_string());
                        out.push(found);
                    }
                    splits(known, tail, depth + 1, out, prefix);
                    prefix.pop();
                }
            }
        }
        if word.chars().count() < 2 * MIN_PART || word.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut found = Vec::new();
        let mut known = Known {
            index: self,
            full_text,
            seen: HashMap::new(),
        };
        splits(&mut known, word, 0, &mut found, &mut Vec::new());
        let in_full_text = |parts: &Vec<String>| {
            full_text.is_some_and(|ft| parts.iter().all(|p| ft.contains(&stem(p))))
        };
        found.into_iter().max_by_key(|parts| {
            (
                in_full_text(parts),
                std::cmp::Reverse(parts.len()),
                parts.last().map_or(0, |p| p.len()),
            )
        })
    }

    /// The query's content words with their forms: the word itself, its everyday synonyms
    /// ([`EVERYDAY_WORDS`]) and, for a compound, its parts. Intent verbs are soft (they rank
    /// but do not narrow) unless the query holds nothing else.
    pub(super) fn query_words(
        &self,
        tokens: &[&str],
        typed_space_last: bool,
        full_text: Option<&FullTextIndex>,
    ) -> Vec<QueryWord> {
        let all_soft = tokens.iter().all(|t| INTENT_VERBS.contains(t));
        let last = tokens.len() - 1;
        tokens
            .iter()
            .enumerate()
            .map(|(position, token)| {
                // Nynorsk spellings are read as bokmål ("sjukepleiar" → "sykepleiar").
                let text: String =
                    crate::core::stem::bokmal_spelling(&token.chars().take(40).collect::<String>());
                let typing = position == last && !typed_space_last;
                let known = self.is_known(&text, full_text);
                let text_stem = stem(&text);
                let everyday: Vec<Form> = everyday_stems()
                    .iter()
                    .filter(|(everyday_stem, _)| *everyday_stem == text_stem)
                    .flat_map(|(_, synonyms)| synonyms.iter())
                    .map(|s| Form::Word((*s).to_string(), false, SYNONYM_FACTOR))
                    .collect();
                let mut forms = Vec::new();
                match self.split_compound(&text, full_text) {
                    // An intent verb no page uses ("fikse") is read through the pages' words
                    // for it, never as a typo of a name ("fiske").
                    _ if INTENT_VERBS.contains(token)
                        && !self.knows(&text)
                        && !everyday.is_empty() => {}
                    // An unknown word: its typos and its parts, the parts weighing less when
                    // a title is one typo away ("rørleger" is a rørlegger, not a lege).
                    Some(parts) if !known && !self.has_prefix(&text) => {
                        forms.push(Form::Word(text.clone(), typing, 1.0));
                        forms.push(Form::Parts(parts, 1.0));
                    }
                    // A compound known only from the texts ("matlaging") is read by its parts
                    // too, well below the word itself; one a name holds is that name's.
                    Some(parts)
                        if !self.knows(&text)
                            && full_text.is_some_and(|ft| ft.contains(&stem(&parts[0]))) =>
                    {
                        forms.push(Form::Word(text.clone(), typing, 1.0));
                        forms.push(Form::Parts(parts, KNOWN_COMPOUND_PARTS_FACTOR));
                    }
                    _ => forms.push(Form::Word(text.clone(), typing, 1.0)),
                }
                forms.extend(everyday);
                // A feminine or older form of a title ("servitrise") is read as the title, an
                // English singular as the plural the ISCO-08 titles use ("cashier").
                if !known {
                    let plural = format!("{text}s");
                    forms.extend(
                        masculine_forms(&text)
                            .into_iter()
                            .chain(std::iter::once(plural))
                            .filter(|base| self.knows(base))
                            .take(1)
                            .map(|base| Form::Word(base, false, 1.0)),
                    );
                }
                QueryWord {
                    soft: !all_soft && INTENT_VERBS.contains(token),
                    text,
                    forms,
                }
            })
            .collect()
    }
}

/// The words of a query that say what is meant: folded, filler words left out (all of them
/// kept when nothing else is left), each once, at most 12 (nobody names an occupation in
/// more).
pub fn content_words(query: &str) -> Vec<String> {
    let folded = fold(query);
    let mut tokens: Vec<&str> = folded
        .split(' ')
        .filter(|w| !w.is_empty() && !FILLER_WORDS.contains(w))
        .collect();
    if tokens.is_empty() {
        tokens = folded.split(' ').filter(|w| !w.is_empty()).collect();
    }
    tokens.dedup();
    tokens.truncate(12);
    tokens.into_iter().map(str::to_string).collect()
}

/// A name's words, folded, each with its stem: worked out once for a short list of names
/// (programme areas) that is matched against every keystroke.
pub fn name_words(name: &str) -> Vec<(String, String)> {
    fold(name)
        .split(' ')
        .map(|word| (word.to_string(), stem(word)))
        .collect()
}

/// The content words of a query as [`names_all_words`] compares them: each in bokmål
/// spelling, with its stem.
pub fn name_query(words: &[String]) -> Vec<(String, String)> {
    words
        .iter()
        .map(|word| {
            let word = crate::core::stem::bokmal_spelling(word);
            let word_stem = stem(&word);
            (word, word_stem)
        })
        .collect()
}

/// Whether every word of a query ([`name_query`]) names a word of a name ([`name_words`]): as
/// written, as the start of one, or by stem.
pub fn names_all_words(name: &[(String, String)], query: &[(String, String)]) -> bool {
    !query.is_empty()
        && query.iter().all(|(word, word_stem)| {
            name.iter()
                .any(|(n, n_stem)| n.starts_with(word.as_str()) || n_stem == word_stem)
        })
}
