//! The files a prerendered page's views read besides the snapshot. The prerenderer writes them
//! on the page (`<div id="app" data-files="…">`); the browser fetches exactly those before it
//! takes the page over, so the first render has the data the prerendered one had.

/// Which of the snapshot's other files a page's first render read.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageFiles {
    /// `regions.json`.
    pub places: bool,
    /// `schools.json`.
    pub schools: bool,
    /// `studies.json`.
    pub studies: bool,
    /// `study_history.json`.
    pub study_history: bool,
    /// `yrke/<slug>.json`, by slug.
    pub details: Vec<String>,
}

const PLACES: &str = "regions";
const SCHOOLS: &str = "schools";
const STUDIES: &str = "studies";
const STUDY_HISTORY: &str = "study-history";
/// Before an occupation's slug: "yrke:kokk".
const DETAIL: &str = "yrke:";

impl PageFiles {
    /// The page attribute's form: words separated by spaces ("regions schools yrke:kokk").
    pub fn to_attribute(&self) -> String {
        let flags = [
            (self.places, PLACES),
            (self.schools, SCHOOLS),
            (self.studies, STUDIES),
            (self.study_history, STUDY_HISTORY),
        ];
        flags
            .iter()
            .filter(|(read, _)| *read)
            .map(|(_, word)| word.to_string())
            .chain(self.details.iter().map(|slug| format!("{DETAIL}{slug}")))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Reads the attribute back; `None` when it holds a word this version does not know (a page
    /// from another build), so the page is not taken over with data it may not match.
    pub fn from_attribute(attribute: &str) -> Option<PageFiles> {
        let mut files = PageFiles::default();
        for word in attribute.split_ascii_whitespace() {
            match word {
                PLACES => files.places = true,
                SCHOOLS => files.schools = true,
                STUDIES => files.studies = true,
                STUDY_HISTORY => files.study_history = true,
                _ => {
                    let slug = word.strip_prefix(DETAIL).filter(|s| !s.is_empty())?;
                    files.details.push(slug.to_string());
                }
            }
        }
        Some(files)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_attribute_reads_back_as_the_same_files() {
        let files = PageFiles {
            places: true,
            schools: false,
            studies: true,
            study_history: true,
            details: vec!["kokk".into(), "it-prosjektleder".into()],
        };
        assert_eq!(
            files.to_attribute(),
            "regions studies study-history yrke:kokk yrke:it-prosjektleder"
        );
        assert_eq!(
            PageFiles::from_attribute(&files.to_attribute()),
            Some(files)
        );
        assert_eq!(PageFiles::from_attribute(""), Some(PageFiles::default()));
    }

    #[test]
    fn an_unknown_word_means_the_page_is_not_taken_over() {
        assert_eq!(PageFiles::from_attribute("regions maps"), None);
        assert_eq!(PageFiles::from_attribute("yrke:"), None);
    }
}
