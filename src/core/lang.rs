//! The three languages of the UI and where each lives in the site's address space: bokmål at
//! the root, nynorsk under `/nn`, English under `/en`.

/// A UI language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Nb,
    Nn,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    /// The BCP 47 code for `<html lang>` and `data-sprak`: "nb", "nn", "en".
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    /// "nb", "nn" or "en" (any case) → the language; anything else → `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The path segment the language's pages live under: "" for bokmål, "/nn", "/en".
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::Nb => "",
            Lang::Nn => "/nn",
            Lang::En => "/en",
        }
    }

    /// The language of an app path ("/nn/yrke/kokk" → nynorsk) and the path without its
    /// language ("/yrke/kokk"). Paths without a language segment are bokmål.
    pub fn split_path(path: &str) -> (Lang, &str) {
        for lang in [Lang::Nn, Lang::En] {
            if let Some(rest) = path.strip_prefix(lang.prefix()) {
                if rest.is_empty() {
                    return (lang, "/");
                }
                if rest.starts_with(['/', '?', '#']) {
                    return (lang, rest);
                }
            }
        }
        (Lang::Nb, path)
    }

    /// An app path ("/yrke/kokk") in this language ("/nn/yrke/kokk"); a language's front
    /// page is its folder ("/nn/").
    pub fn path(self, path: &str) -> String {
        format!("{}{path}", self.prefix())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_carry_their_language() {
        assert_eq!(Lang::split_path("/nn/yrke/kokk"), (Lang::Nn, "/yrke/kokk"));
        assert_eq!(Lang::split_path("/en"), (Lang::En, "/"));
        assert_eq!(Lang::split_path("/en/"), (Lang::En, "/"));
        assert_eq!(Lang::split_path("/en?q=nurse"), (Lang::En, "?q=nurse"));
        assert_eq!(Lang::split_path("/yrke/kokk"), (Lang::Nb, "/yrke/kokk"));
        // A word that merely starts with the letters is no language.
        assert_eq!(Lang::split_path("/nnx"), (Lang::Nb, "/nnx"));
        assert_eq!(Lang::split_path("/english"), (Lang::Nb, "/english"));
    }

    #[test]
    fn an_app_path_moves_into_each_language_and_back() {
        for path in ["/", "/yrke/kokk", "/?q=kokk", "/fylke?vis=lonn"] {
            for lang in Lang::ALL {
                let moved = lang.path(path);
                let (found, rest) = Lang::split_path(&moved);
                assert_eq!(found, lang, "{moved}");
                let rest = if rest.starts_with('?') {
                    format!("/{rest}")
                } else {
                    rest.to_string()
                };
                assert_eq!(rest, path, "{moved}");
            }
        }
        assert_eq!(Lang::Nn.path("/"), "/nn/");
        assert_eq!(Lang::En.path("/?q=nurse"), "/en/?q=nurse");
        assert_eq!(Lang::Nb.path("/om"), "/om");
    }

    #[test]
    fn codes_read_back() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("se"), None);
    }
}
