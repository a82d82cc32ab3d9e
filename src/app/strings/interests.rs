//! The texts of `/interesser` and of the interest sections elsewhere: the 30 statements we
//! wrote, the six kinds of work in plain words, and the sentences around them.

use super::lang;
use crate::core::interests::{InterestCode, InterestType, SharedKind, STATEMENT_COUNT};
use crate::core::lang::Lang;

/// The statements in the order [`crate::core::interests::statement_type`] gives them.
const STATEMENTS: [fn() -> &'static str; STATEMENT_COUNT] = [
    statement_01,
    statement_02,
    statement_03,
    statement_04,
    statement_05,
    statement_06,
    statement_07,
    statement_08,
    statement_09,
    statement_10,
    statement_11,
    statement_12,
    statement_13,
    statement_14,
    statement_15,
    statement_16,
    statement_17,
    statement_18,
    statement_19,
    statement_20,
    statement_21,
    statement_22,
    statement_23,
    statement_24,
    statement_25,
    statement_26,
    statement_27,
    statement_28,
    statement_29,
    statement_30,
];

texts! { 1;
    interests_title = "Hva liker du å gjøre?", "Kva liker du å gjere?", "What do you like doing?";
    meta_interests = "Hva liker du å gjøre? Svar på korte utsagn og finn yrker der arbeidet passer til det du liker. Ikke en test, ingenting lagres.", "Kva liker du å gjere? Svar på korte utsegner og finn yrke der arbeidet passar til det du liker. Ikkje ein test, ingenting blir lagra.", "What do you like doing? Answer short statements and find occupations where the work fits what you enjoy. Not a test, nothing is stored.";
    interests_nav = "Hva liker du?", "Kva liker du?", "What do you like?";
    interests_intro = "Svar på så mange du vil, så viser vi yrker der arbeidet ligner på det du liker.", "Svar på så mange du vil, så viser vi yrke der arbeidet liknar på det du liker.", "Answer as many as you like, and we show occupations where the work is like what you enjoy.";
    interests_not_a_test = "Dette er ikke en test: ingen svar er riktige eller gale.", "Dette er ikkje ein test: ingen svar er rette eller gale.", "This is not a test: no answer is right or wrong.";
    interests_privacy = "Svarene står bare i adressen til siden. Ingenting blir sendt eller lagret. Del adressen hvis du vil vise noen svarene.", "Svara står berre i adressa til sida. Ingenting blir sendt eller lagra. Del adressa om du vil vise nokon svara.", "Your answers are only in the page's address. Nothing is sent or stored. Share the address if you want to show someone.";
    interests_privacy_embedded = "Svarene blir ikke sendt eller lagret. Vil du vise noen svarene, eller ta dem med videre, kopierer du lenken til svarene.", "Svara blir ikkje sende eller lagra. Vil du vise nokon svara, eller ta dei med vidare, kopierer du lenkja til svara.", "Your answers are not sent or stored. To show someone your answers, or keep them, copy the link to your answers.";
    interests_copy_link = "Kopier lenke til svarene", "Kopier lenkje til svara", "Copy link to your answers";
    statements_heading = "Hva synes du om å …", "Kva synest du om å …", "How do you feel about …";
    answer_like = "Liker", "Liker", "Like";
    answer_unsure = "Vet ikke", "Veit ikkje", "Not sure";
    answer_dislike = "Liker ikke", "Liker ikkje", "Dislike";
    interests_view_label = "Visning", "Vising", "View";
    interests_view_list = "Alle på én side", "Alle på éi side", "All on one page";
    interests_view_one = "Ett om gangen", "Eitt om gongen", "One at a time";
    statement_previous = "Forrige", "Førre", "Previous";
    statement_next = "Neste", "Neste", "Next";
    statement_to_results = "Se hva som passer", "Sjå kva som passar", "See what fits";
    interests_start_over = "Start på nytt", "Start på nytt", "Start over";
    interests_results_heading = "Dette liker du mest", "Dette liker du mest", "What you like most";
    interests_need_answers = "Svar på noen utsagn, så ser du her hva du liker mest og hvilke yrker som passer.", "Svar på nokre utsegner, så ser du her kva du liker mest og kva yrke som passar.", "Answer some statements, and you will see here what you like most and which occupations fit.";
    interests_need_variety = "Svarene dine skiller ikke mellom de seks typene arbeid ennå. Svar «liker» eller «liker ikke» på noen flere.", "Svara dine skil ikkje mellom dei seks typane arbeid enno. Svar «liker» eller «liker ikkje» på nokre fleire.", "Your answers do not tell the six kinds of work apart yet. Answer «like» or «dislike» to a few more.";
    interests_chart_caption = "Utsagn du liker, per type arbeid (5 utsagn per type)", "Utsegner du liker, per type arbeid (5 utsegner per type)", "Statements you like, per kind of work (5 statements per kind)";
    interests_how = "Slik regner vi: for hver type arbeid teller «liker» som +1 og «liker ikke» som −1. Typene du liker mest, i rekkefølge, er interessekoden din (opptil tre; like sterke står sammen). Et yrke passer bedre jo høyere typene i koden din står i yrkets egen rekkefølge – den du liker best teller mest – og deretter jo mer yrket har av dem. De andre typene teller ikke.", "Slik reknar vi: for kvar type arbeid tel «liker» som +1 og «liker ikkje» som −1. Typane du liker mest, i rekkjefølgje, er interessekoden din (opptil tre; like sterke står saman). Eit yrke passar betre jo høgare typane i koden din står i den eigne rekkjefølgja til yrket – den du liker best tel mest – og deretter jo meir yrket har av dei. Dei andre typane tel ikkje.", "How we count: for each kind of work, «like» counts +1 and «dislike» −1. The kinds you like most, in order, are your interest code (up to three; kinds as strong as each other share a place). An occupation fits better the higher the kinds in your code stand in the occupation's own order – the one you like best counts most – and then the more of them the work has. The other kinds do not count.";
    fitting_heading = "Yrker som passer", "Yrke som passar", "Occupations that fit";
    fitting_filters_label = "Avgrens og sorter", "Avgrens og sorter", "Narrow and sort";
    open_in_explorer = "Se listen med søk og alle filtre", "Sjå lista med søk og alle filter", "See the list with search and every filter";
    filter_programme = "Vg1-program", "Vg1-program", "Vg1 programme";
    sort_fit = "Passer best for deg", "Passar best for deg", "Best fit for you";
    sort_fit_rule = "Yrkene står etter hvor høyt typene du liker mest står i yrkets profil, og deretter hvor mye yrket har av dem. Yrker uten profil kommer sist.", "Yrka står etter kor høgt typane du liker mest står i profilen til yrket, og deretter kor mykje yrket har av dei. Yrke utan profil kjem sist.", "Occupations are listed by how high the kinds you like most stand in their profile, then by how much of them the work has. Occupations without a profile come last.";
    interest_profile_note = "Profilen beskriver arbeidet i yrkesgruppen, ut fra amerikanske data (O*NET) gjennom den internasjonale yrkeskoden – ikke deg.", "Profilen skildrar arbeidet i yrkesgruppa, ut frå amerikanske data (O*NET) gjennom den internasjonale yrkeskoden – ikkje deg.", "The profile describes the work in the occupational group, from US data (O*NET) through the international occupation code – not you.";
    interest_profile_missing = "Det finnes ingen interesseprofil for dette yrket: ingen av STYRK-kodene har et motstykke i de amerikanske dataene.", "Det finst ingen interesseprofil for dette yrket: ingen av STYRK-kodane har eit motstykke i dei amerikanske dataa.", "There is no interest profile for this occupation: none of its STYRK codes has a counterpart in the US data.";
    interest_profile_chart_caption = "Hvor mye av hver type arbeid yrket har (1 = lite, 7 = mye)", "Kor mykje av kvar type arbeid yrket har (1 = lite, 7 = mykje)", "How much of each kind of work the occupation has (1 = little, 7 = much)";
    interest_profile_none = "Ingen profil", "Ingen profil", "No profile";
    door_heading = "Finn et yrke", "Finn eit yrke", "Find an occupation";
    door_interests = "Hva liker du å gjøre?", "Kva liker du å gjere?", "What do you like doing?";
    door_interests_text = "Svar på korte utsagn, se yrker som passer.", "Svar på korte utsegner, sjå yrke som passar.", "Answer short statements, see what fits.";
    door_vgs = "Vg1-program", "Vg1-program", "Vg1 programmes";
    door_vgs_text = "Se hvor hvert program i videregående leder.", "Sjå kvar kvart program på vidaregåande fører.", "See where each upper secondary programme leads.";
    door_areas = "Etter område", "Etter område", "By area";
    door_areas_text = "Helse, bygg, IT, transport og flere.", "Helse, bygg, IT, transport og fleire.", "Health, building, IT, transport and more.";
    door_all = "Alle yrker", "Alle yrke", "All occupations";
    // The statements, in the order core::interests::statement_type gives them: the six kinds
    // of work in turn (practical, investigative, creative, social, enterprising, conventional),
    // five rounds.
    statement_01 = "Reparere en sykkel", "Reparere ein sykkel", "Fix a bike";
    statement_02 = "Finne ut hvorfor noe skjer", "Finne ut kvifor noko skjer", "Find out why something happens";
    statement_03 = "Lage musikk eller video", "Lage musikk eller video", "Make music or videos";
    statement_04 = "Hjelpe noen som har det vanskelig", "Hjelpe nokon som har det vanskeleg", "Help someone who is having a hard time";
    statement_05 = "Overtale andre", "Overtale andre", "Persuade others";
    statement_06 = "Holde orden på tall og lister", "Halde orden på tal og lister", "Keep track of numbers and lists";
    statement_07 = "Bygge noe av tre", "Byggje noko av tre", "Build something out of wood";
    statement_08 = "Gjøre forsøk i et laboratorium", "Gjere forsøk i eit laboratorium", "Do experiments in a lab";
    statement_09 = "Tegne, male eller designe", "Teikne, måle eller designe", "Draw, paint or design";
    statement_10 = "Lære bort noe til yngre barn", "Lære bort noko til yngre born", "Teach something to younger children";
    statement_11 = "Lede en gruppe eller et prosjekt", "Leie ei gruppe eller eit prosjekt", "Lead a group or a project";
    statement_12 = "Føre regnskap over penger", "Føre rekneskap over pengar", "Keep accounts of money";
    statement_13 = "Jobbe ute i all slags vær", "Jobbe ute i all slags vêr", "Work outdoors in all kinds of weather";
    statement_14 = "Løse vanskelige oppgaver i matte", "Løyse vanskelege oppgåver i matte", "Solve hard maths problems";
    statement_15 = "Skrive historier eller tekster", "Skrive forteljingar eller tekstar", "Write stories or texts";
    statement_16 = "Ta vare på syke eller eldre", "Ta vare på sjuke eller eldre", "Take care of sick or elderly people";
    statement_17 = "Selge ting eller starte en bedrift", "Selje ting eller starte ei bedrift", "Sell things or start a business";
    statement_18 = "Følge klare regler og rutiner", "Følgje klare reglar og rutinar", "Follow clear rules and routines";
    statement_19 = "Bruke verktøy og maskiner", "Bruke verktøy og maskinar", "Use tools and machines";
    statement_20 = "Lese om verdensrommet, kroppen eller naturen", "Lese om verdsrommet, kroppen eller naturen", "Read about space, the body or nature";
    statement_21 = "Spille teater eller opptre", "Spele teater eller opptre", "Act in a play or perform";
    statement_22 = "Lytte til andre og gi gode råd", "Lytte til andre og gi gode råd", "Listen to others and give good advice";
    statement_23 = "Holde en tale eller presentasjon", "Halde ein tale eller presentasjon", "Give a speech or a presentation";
    statement_24 = "Rydde og sortere filer eller papirer", "Rydde og sortere filer eller papir", "Tidy and sort files or papers";
    statement_25 = "Lage mat til mange", "Lage mat til mange", "Cook for many people";
    statement_26 = "Finne ut hvordan en datamaskin virker", "Finne ut korleis ei datamaskin verkar", "Find out how a computer works";
    statement_27 = "Pynte et rom eller sette sammen klær", "Pynte eit rom eller setje saman klede", "Decorate a room or put outfits together";
    statement_28 = "Samarbeide med mange forskjellige mennesker", "Samarbeide med mange ulike menneske", "Work together with many different people";
    statement_29 = "Ta avgjørelser når det haster", "Ta avgjerder når det hastar", "Make decisions when time is short";
    statement_30 = "Sjekke at alt er riktig ned til minste detalj", "Sjekke at alt er rett ned til minste detalj", "Check that everything is right down to the smallest detail";
    // Per kind of work: its name, the adjective before "arbeid" / "work", what it means.
    kind_practical_name = "Praktisk", "Praktisk", "Practical";
    kind_practical_adjective = "praktisk", "praktisk", "practical";
    kind_practical_meaning = "Bruke hendene, verktøy og maskiner, ofte ute eller i bevegelse.", "Bruke hendene, verktøy og maskinar, ofte ute eller i rørsle.", "Using your hands, tools and machines, often outdoors or on the move.";
    kind_investigative_name = "Undersøkende", "Undersøkjande", "Investigative";
    kind_investigative_adjective = "undersøkende", "undersøkjande", "investigative";
    kind_investigative_meaning = "Finne ut hvorfor ting skjer, tenke, måle og løse problemer.", "Finne ut kvifor ting skjer, tenkje, måle og løyse problem.", "Finding out why things happen, thinking, measuring and solving problems.";
    kind_creative_name = "Kreativ", "Kreativ", "Creative";
    kind_creative_adjective = "kreativt", "kreativt", "creative";
    kind_creative_meaning = "Skape noe nytt: bilder, musikk, tekst, design eller ideer.", "Skape noko nytt: bilete, musikk, tekst, design eller idear.", "Making something new: pictures, music, writing, design or ideas.";
    kind_social_name = "Sosial", "Sosial", "Social";
    kind_social_adjective = "sosialt", "sosialt", "helping";
    kind_social_meaning = "Hjelpe, lære bort til og ta vare på andre.", "Hjelpe, lære bort til og ta vare på andre.", "Helping, teaching and caring for others.";
    kind_enterprising_name = "Foretaksom", "Føretaksam", "Enterprising";
    kind_enterprising_adjective = "foretaksomt", "føretaksamt", "enterprising";
    kind_enterprising_meaning = "Lede, overtale, selge og ta avgjørelser.", "Leie, overtale, selje og ta avgjerder.", "Leading, persuading, selling and making decisions.";
    kind_conventional_name = "Systematisk", "Systematisk", "Organised";
    kind_conventional_adjective = "systematisk", "systematisk", "orderly";
    kind_conventional_meaning = "Holde orden på tall, lister og regler, og gjøre ting nøyaktig.", "Halde orden på tal, lister og reglar, og gjere ting nøyaktig.", "Keeping numbers, lists and rules in order, and doing things precisely.";
}

/// Statement `index` in the page's language ("" past the last).
pub fn statement(index: usize) -> &'static str {
    STATEMENTS.get(index).map_or("", |text| text())
}

/// Name, the adjective before "arbeid" / "work", and what it means, per kind of work.
const KINDS: [[fn() -> &'static str; 3]; 6] = [
    [
        kind_practical_name,
        kind_practical_adjective,
        kind_practical_meaning,
    ],
    [
        kind_investigative_name,
        kind_investigative_adjective,
        kind_investigative_meaning,
    ],
    [
        kind_creative_name,
        kind_creative_adjective,
        kind_creative_meaning,
    ],
    [kind_social_name, kind_social_adjective, kind_social_meaning],
    [
        kind_enterprising_name,
        kind_enterprising_adjective,
        kind_enterprising_meaning,
    ],
    [
        kind_conventional_name,
        kind_conventional_adjective,
        kind_conventional_meaning,
    ],
];

fn kind_text(kind: InterestType, part: usize) -> &'static str {
    KINDS[kind.index()][part]()
}

/// "Praktisk".
pub fn interest_name(kind: InterestType) -> &'static str {
    kind_text(kind, 0)
}

/// What the kind of work is, in one sentence.
pub fn interest_meaning(kind: InterestType) -> &'static str {
    kind_text(kind, 2)
}

/// "praktisk og kreativt arbeid", "practical, creative and orderly work".
fn kinds_of_work(kinds: &[InterestType]) -> String {
    let words: Vec<&str> = kinds.iter().map(|k| kind_text(*k, 1)).collect();
    let and = by_lang!("og", "og", "and");
    let joined = match words.as_slice() {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    };
    by_lang!(
        format!("{joined} arbeid"),
        format!("{joined} arbeid"),
        format!("{joined} work")
    )
}

/// The heading of an occupation's interest section.
pub fn fits_people_who_like(kinds: &[InterestType]) -> String {
    let work = kinds_of_work(kinds);
    by_lang!(
        format!("Passer for deg som liker {work}"),
        format!("Passar for deg som liker {work}"),
        format!("Suits you if you like {work}")
    )
}

/// What the answers say the pupil likes most: the code's groups in order, a tie said plainly
/// ("Du liker mest praktisk arbeid, deretter kreativt og sosialt arbeid like godt.").
pub fn you_like_most(code: &InterestCode) -> String {
    let mut sentence = String::new();
    for (place, group) in code.groups.iter().enumerate() {
        let work = kinds_of_work(group);
        let tied = group.len() > 1;
        let part = match (place, tied) {
            (0, false) => by_lang!(
                format!("Du liker mest {work}"),
                format!("Du liker mest {work}"),
                format!("You like {work} most")
            ),
            (0, true) => by_lang!(
                format!("Du liker mest {work}, like godt"),
                format!("Du liker mest {work}, like godt"),
                format!("You like {work} most, equally")
            ),
            (_, false) => by_lang!(
                format!(", deretter {work}"),
                format!(", deretter {work}"),
                format!(", then {work}")
            ),
            (_, true) => by_lang!(
                format!(", deretter {work} like godt"),
                format!(", deretter {work} like godt"),
                format!(", then {work} equally")
            ),
        };
        sentence.push_str(&part);
    }
    sentence.push('.');
    sentence
}

/// The list is rough: too few answers.
pub fn fit_rough(answered: usize) -> String {
    by_lang!(
        format!("Listen er grov: du har svart på {answered} av {STATEMENT_COUNT} utsagn. Svar på flere, så passer den bedre."),
        format!("Lista er grov: du har svart på {answered} av {STATEMENT_COUNT} utsegner. Svar på fleire, så passar ho betre."),
        format!("The list is rough: you have answered {answered} of {STATEMENT_COUNT} statements. Answer more and it will fit better.")
    )
}

/// The kinds chosen directly (from an occupation page).
pub fn you_chose(kinds: &[InterestType]) -> String {
    let work = kinds_of_work(kinds);
    by_lang!(
        format!("Du har valgt: {work}."),
        format!("Du har valt: {work}."),
        format!("You chose: {work}.")
    )
}

/// The one-line why of a listed occupation: where the kinds it shares with the pupil's code
/// stand in the work and for the pupil ("Praktisk er det sterkeste i yrket, og det du liker
/// best."), a second shared kind in a shorter sentence.
pub fn fit_shared(shared: &[SharedKind]) -> String {
    let mut sentences: Vec<String> = Vec::new();
    if let Some(first) = shared.first() {
        let name = interest_name(first.kind);
        let in_work = match first.in_work {
            0 => by_lang!(
                "det sterkeste i yrket",
                "det sterkaste i yrket",
                "the strongest kind in this work"
            ),
            1 => by_lang!(
                "det nest sterkeste i yrket",
                "det nest sterkaste i yrket",
                "the second strongest kind in this work"
            ),
            _ => by_lang!(
                "det tredje sterkeste i yrket",
                "det tredje sterkaste i yrket",
                "the third strongest kind in this work"
            ),
        };
        let for_you = match (first.in_code, first.tied_in_code) {
            (0, false) => by_lang!(
                "det du liker best",
                "det du liker best",
                "what you like best"
            ),
            (0, true) => by_lang!(
                "blant det du liker best",
                "blant det du liker best",
                "among what you like best"
            ),
            (1, _) => by_lang!(
                "det du liker nest best",
                "det du liker nest best",
                "what you like second best"
            ),
            _ => by_lang!(
                "noe du også liker",
                "noko du òg liker",
                "something you also like"
            ),
        };
        sentences.push(by_lang!(
            format!("{name} er {in_work}, og {for_you}."),
            format!("{name} er {in_work}, og {for_you}."),
            format!("{name} is {in_work}, and {for_you}.")
        ));
    }
    if let Some(second) = shared.get(1) {
        let name = interest_name(second.kind);
        let lower = name.to_lowercase();
        sentences.push(by_lang!(
            format!("Også {lower} er blant de tre sterkeste."),
            format!("Også {lower} er blant dei tre sterkaste."),
            format!("{name} is among its three strongest too.")
        ));
    }
    sentences.join(" ")
}

/// The one-line why when none of the pupil's strongest kinds is large in the work.
pub fn fit_other(kinds: &[InterestType]) -> String {
    let work = kinds_of_work(kinds);
    by_lang!(
        format!("Mest {work}"),
        format!("Mest {work}"),
        format!("Mostly {work}")
    )
}

/// A score on O*NET's scale: "6,9 av 7".
pub fn score_of_seven(tenths: u8) -> String {
    let (whole, tenth) = (tenths / 10, tenths % 10);
    by_lang!(
        format!("{whole},{tenth}\u{a0}av\u{a0}7"),
        format!("{whole},{tenth}\u{a0}av\u{a0}7"),
        format!("{whole}.{tenth}\u{a0}of\u{a0}7")
    )
}

/// Liked statements of one kind: "4 av 5".
pub fn liked_of(liked: usize, of: usize) -> String {
    by_lang!(
        format!("{liked}\u{a0}av\u{a0}{of} liker"),
        format!("{liked}\u{a0}av\u{a0}{of} liker"),
        format!("{liked}\u{a0}of\u{a0}{of} liked")
    )
}

/// "12 av 30 svart på".
pub fn answered_count(answered: usize, total: usize) -> String {
    by_lang!(
        format!("{answered}\u{a0}av\u{a0}{total} besvart"),
        format!("{answered}\u{a0}av\u{a0}{total} svara på"),
        format!("{answered}\u{a0}of\u{a0}{total} answered")
    )
}

/// "Utsagn 4 av 30" in the one-at-a-time view.
pub fn statement_progress(place: usize, total: usize) -> String {
    by_lang!(
        format!("Utsagn {place} av {total}"),
        format!("Utsegn {place} av {total}"),
        format!("Statement {place} of {total}")
    )
}

/// The text an occupation page's link to `/interesser` carries.
pub fn try_with_kinds(kinds: &[InterestType]) -> String {
    let work = kinds_of_work(kinds);
    by_lang!(
        format!("Se flere yrker med {work}"),
        format!("Sjå fleire yrke med {work}"),
        format!("See more occupations with {work}")
    )
}

/// The all-occupations door's text: "Alle 599 yrkene fra A til Å, med søk og filtre."
pub fn door_all_text(count: usize) -> String {
    let count = super::number(count as u64);
    by_lang!(
        format!("Alle {count} fra A til Å, med filtre."),
        format!("Alle {count} frå A til Å, med filter."),
        format!("All {count} from A to Z, with filters.")
    )
}

/// The written texts above with sample values, for the language tests.
#[cfg(test)]
pub fn written_samples() -> Vec<String> {
    use InterestType::*;
    let mut texts: Vec<String> = (0..STATEMENT_COUNT)
        .map(|i| statement(i).to_string())
        .collect();
    for kind in InterestType::ALL {
        texts.push(interest_name(kind).to_string());
        texts.push(interest_meaning(kind).to_string());
    }
    texts.extend([
        fits_people_who_like(&[Practical, Conventional]),
        you_like_most(&InterestCode {
            groups: vec![vec![Creative], vec![Social, Enterprising]],
        }),
        you_like_most(&InterestCode {
            groups: vec![vec![Creative, Social]],
        }),
        you_chose(&[Investigative]),
        fit_shared(&[
            SharedKind {
                kind: Practical,
                in_work: 0,
                in_code: 0,
                tied_in_code: false,
            },
            SharedKind {
                kind: Conventional,
                in_work: 2,
                in_code: 1,
                tied_in_code: false,
            },
        ]),
        fit_shared(&[SharedKind {
            kind: Social,
            in_work: 1,
            in_code: 0,
            tied_in_code: true,
        }]),
        fit_rough(2),
        fit_other(&[Social, Investigative]),
        score_of_seven(69),
        liked_of(4, 5),
        answered_count(12, 30),
        statement_progress(4, 30),
        try_with_kinds(&[Creative, Social]),
        door_all_text(599),
    ]);
    texts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::strings::set_lang;

    #[test]
    fn kinds_of_work_read_as_sentences() {
        use InterestType::*;
        set_lang(Lang::Nb);
        assert_eq!(
            fits_people_who_like(&[Practical, Creative]),
            "Passer for deg som liker praktisk og kreativt arbeid"
        );
        assert_eq!(
            you_like_most(&InterestCode {
                groups: vec![vec![Practical], vec![Creative, Social]]
            }),
            "Du liker mest praktisk arbeid, deretter kreativt og sosialt arbeid like godt."
        );
        assert_eq!(
            fit_shared(&[SharedKind {
                kind: Practical,
                in_work: 0,
                in_code: 0,
                tied_in_code: false
            }]),
            "Praktisk er det sterkeste i yrket, og det du liker best."
        );
        assert_eq!(you_chose(&[Social]), "Du har valgt: sosialt arbeid.");
        assert_eq!(score_of_seven(69), "6,9\u{a0}av\u{a0}7");
        set_lang(Lang::Nn);
        assert_eq!(you_chose(&[Social]), "Du har valt: sosialt arbeid.");
        set_lang(Lang::En);
        assert_eq!(
            fits_people_who_like(&[Social, Conventional]),
            "Suits you if you like helping and orderly work"
        );
        assert_eq!(score_of_seven(70), "7.0\u{a0}of\u{a0}7");
        set_lang(Lang::Nb);
    }

    #[test]
    fn every_statement_is_short_and_unique() {
        let statements: Vec<_> = FIXED
            .iter()
            .filter(|(name, _)| {
                name.strip_prefix("statement_")
                    .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
            })
            .collect();
        assert_eq!(statements.len(), STATEMENT_COUNT);
        for (_, texts) in &statements {
            for text in texts {
                assert!(!text.is_empty() && text.len() < 70, "{text}");
            }
        }
        let unique: std::collections::HashSet<_> = statements.iter().map(|(_, s)| s[0]).collect();
        assert_eq!(unique.len(), STATEMENT_COUNT);
        assert_eq!(statement(0), "Reparere en sykkel");
    }
}
