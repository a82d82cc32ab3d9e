//! Every path inside the app, written from the app's root. Links and navigations take their
//! path from here; [`crate::app::paths`] then puts it below the path the app is served under.
//! The router's table in [`crate::app::App`] matches these shapes.

pub const HOME: &str = "/";
pub const STYRK: &str = "/styrk";
pub const COUNTIES: &str = "/fylke";
pub const COMPARE: &str = "/sammenlign";
pub const ABOUT: &str = "/om";
pub const VGS: &str = "/vgs";
/// "Hva liker du å gjøre?": statements about what one likes, and the occupations that fit.
pub const INTERESTS: &str = "/interesser";

/// `/interesser` with its state as a query string ("?svar=jnv…"), or "" for none.
pub fn interests(query: &str) -> String {
    format!("{INTERESTS}{query}")
}

/// `/interesser` with kinds of work chosen (from an occupation page).
pub fn interests_with(kinds: &[crate::core::interests::InterestType]) -> String {
    let keys: Vec<&str> = kinds.iter().map(|k| k.key()).collect();
    interests(&format!("?typer={}", keys.join(",")))
}

/// The explorer (front page) with its state as a query string ("?q=kokk"), or "" for none.
pub fn explorer(query: &str) -> String {
    format!("/{query}")
}

pub fn occupation(slug: &str) -> String {
    format!("/yrke/{slug}")
}

pub fn styrk_code(code: &str) -> String {
    format!("/styrk/{code}")
}

/// The address of a page that goes live from its slice of the snapshot.
pub fn sliced(page: &crate::core::page_slice::SlicedPage) -> String {
    use crate::core::page_slice::SlicedPage;
    match page {
        SlicedPage::Occupation(slug) => occupation(slug),
        SlicedPage::Code(code) => styrk_code(code),
        SlicedPage::Programme(code) => programme(code),
        SlicedPage::School(orgnr) => school(orgnr),
        SlicedPage::County(number) => county(number),
    }
}

/// The STYRK look-up with a query already percent-encoded.
pub fn styrk_search(encoded_query: &str) -> String {
    format!("/styrk?q={encoded_query}")
}

/// The compare page with these occupations (the bare page when there are none).
pub fn compare(slugs: &[String]) -> String {
    if slugs.is_empty() {
        COMPARE.into()
    } else {
        format!("{COMPARE}?yrker={}", slugs.join(","))
    }
}

/// The county overview showing one of its views ("lonn", "ledige" …).
pub fn counties_view(key: &str) -> String {
    format!("/fylke?vis={key}")
}

pub fn county(code: &str) -> String {
    format!("/fylke/{code}")
}

pub fn municipality(code: &str) -> String {
    format!("/kommune/{code}")
}

/// A programme area's page, by its code without the trailing dashes ("/vgs/ELELE1").
pub fn programme(code: &str) -> String {
    format!("/vgs/{}", crate::core::programmes::address_code(code))
}

/// The explorer with the whole list shown (`/?vis=alle`); the bare front page offers its
/// doors instead.
pub fn all_occupations() -> String {
    explorer(
        &crate::core::explore::Filters {
            show_all: true,
            ..Default::default()
        }
        .to_query(),
    )
}

/// The explorer listing the occupations a programme area leads to.
pub fn programme_list(code: &str) -> String {
    explorer(
        &crate::core::explore::Filters {
            programme: Some(code.to_string()),
            ..Default::default()
        }
        .to_query(),
    )
}

/// The explorer listing the occupations that need higher education.
pub fn higher_education_list() -> String {
    explorer(
        &crate::core::explore::Filters {
            education: Some(crate::core::model::EducationLevel::HigherEducation),
            ..Default::default()
        }
        .to_query(),
    )
}

/// A county ("46") or municipality ("4601") page, by the length of its code.
pub fn place(code: &str) -> String {
    if code.len() <= 2 {
        county(code)
    } else {
        municipality(code)
    }
}

/// An upper-secondary school's page.
pub fn school(orgnr: &str) -> String {
    format!("/skole/{orgnr}")
}

/// A higher-education study's page, by Samordna opptak's study code ("/studie/203162").
pub fn study(code: &str) -> String {
    format!("/studie/{code}")
}

pub fn employer(orgnr: &str) -> String {
    format!("/arbeidsgiver/{orgnr}")
}

pub const EMBED_INTERESTS: &str = "/embed/interesser";

pub fn embed_occupation(slug: &str) -> String {
    format!("/embed/yrke/{slug}")
}
