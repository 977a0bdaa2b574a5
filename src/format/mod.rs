//! `format`: numbers, units and qualifiers worded for the reader's language.
//!
//! Numbers go through a [`NumberFormat`]: in the browser it is `Intl.NumberFormat`
//! (see `web::intl`), natively [`native::NativeNumbers`], which gives the same
//! strings for the cases the tests cover. Words (qualifiers, unit names, "of
//! which") are the same everywhere and live in [`words`].

pub mod date;
pub mod figure;
pub mod native;
pub mod words;

pub use figure::Wording;

/// The languages the widget speaks; other locales fall back to the closest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Ru,
    Kk,
    En,
}

impl Lang {
    /// The closest supported language to a BCP 47 tag (`ru-KZ` → ru, `kk-Cyrl` → kk),
    /// `en` for anything else. The bool says whether it was a fallback.
    pub fn from_tag(tag: &str) -> (Lang, bool) {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "ru" => (Lang::Ru, false),
            "kk" | "kz" => (Lang::Kk, primary != "kk"),
            "en" => (Lang::En, false),
            // Readers of Kyrgyz, Uzbek, Belarusian… in this region read Russian news.
            "be" | "uk" | "ky" | "uz" | "tg" | "tt" => (Lang::Ru, true),
            _ => (Lang::En, true),
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::Kk => "kk",
            Lang::En => "en",
        }
    }
}

/// Locale number formatting: the one piece the browser does better than a table.
pub trait NumberFormat {
    /// The exact figure with the language's grouping and decimal sign: `5 000`, `1,5`.
    fn exact(&self, v: f64) -> String;
    /// A short figure for labels and ticks, at most three significant digits:
    /// `1,5 тыс.`, `255 млн`, `5K`. Values under 10,000 stay exact.
    fn compact(&self, v: f64) -> String;
}
