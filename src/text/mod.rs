//! Text for people: long dates and did-you-mean suggestions. A leaf, like
//! the vocabulary: every layer may use it, and it uses nothing of the crate.

mod shared;

pub(crate) use shared::ReadingBundled;
pub use shared::Text;

use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};

/// A date written out for people: `Friday, July 3, 2026`. Formats
/// straight into its destination (no format string is parsed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LongDate(pub(crate) NaiveDate);

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl LongDate {
    /// Appends the date to `out` without the formatting machinery.
    pub(crate) fn push_to(self, out: &mut String) {
        let d = self.0;
        out.reserve(32);
        out.push_str(title_weekday(d.weekday()));
        out.push_str(", ");
        out.push_str(MONTH_NAMES.get(d.month0() as usize).copied().unwrap_or(""));
        out.push(' ');
        let day = d.day();
        if day >= 10 {
            out.push(digit(day / 10));
        }
        out.push(digit(day % 10));
        out.push_str(", ");
        match u32::try_from(d.year()) {
            Ok(y) if (1000..=9999).contains(&y) => {
                for v in [y / 1000, y / 100 % 10, y / 10 % 10, y % 10] {
                    out.push(digit(v));
                }
            }
            // Years chrono allows outside 1000–9999 (never in the compiled
            // window): the general path.
            _ => {
                use std::fmt::Write as _;
                let _ = write!(out, "{}", d.year());
            }
        }
    }
}

/// The decimal digit `v` (`v` < 10).
#[inline]
fn digit(v: u32) -> char {
    char::from(b'0' + (v % 10) as u8)
}

/// Appends `n` in decimal, without the formatting machinery.
pub(crate) fn push_number(out: &mut String, n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut v = n;
    loop {
        i -= 1;
        if let Some(slot) = digits.get_mut(i) {
            *slot = b'0' + (v % 10) as u8;
        }
        v /= 10;
        if v == 0 || i == 0 {
            break;
        }
    }
    if let Some(s) = digits.get(i..).and_then(|b| std::str::from_utf8(b).ok()) {
        out.push_str(s);
    }
}

/// `d` as chrono writes it (`2026-12-04`), into `buf`, for years 0 to
/// 9999 (`None` for others, which chrono writes with a sign).
#[inline]
pub(crate) fn iso_date(d: NaiveDate, buf: &mut [u8; 10]) -> Option<&str> {
    let y = u32::try_from(d.year()).ok().filter(|y| *y <= 9999)?;
    let (m, day) = (d.month(), d.day());
    let digits = [
        y / 1000,
        y / 100 % 10,
        y / 10 % 10,
        y % 10,
        10,
        m / 10,
        m % 10,
        10,
        day / 10,
        day % 10,
    ];
    for (b, v) in buf.iter_mut().zip(digits) {
        // Each value is below 10 (a digit) or 10 (the dash).
        *b = if v == 10 { b'-' } else { b'0' + v as u8 };
    }
    std::str::from_utf8(buf).ok()
}

/// Appends `d` as chrono writes it (`2026-12-04`).
#[inline]
pub(crate) fn push_iso(out: &mut String, d: NaiveDate) {
    let mut buf = [0u8; 10];
    match iso_date(d, &mut buf) {
        Some(s) => out.push_str(s),
        None => {
            use std::fmt::Write as _;
            let _ = write!(out, "{d}");
        }
    }
}

impl fmt::Display for LongDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::with_capacity(32);
        self.push_to(&mut s);
        f.write_str(&s)
    }
}

/// `Friday, July 3, 2026`.
pub(crate) fn long_date(d: NaiveDate) -> LongDate {
    LongDate(d)
}

pub(crate) fn title_weekday(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// The lowercase English name of a weekday (`monday`), as rule files and
/// JSON spell it.
pub(crate) fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "monday",
        Weekday::Tue => "tuesday",
        Weekday::Wed => "wednesday",
        Weekday::Thu => "thursday",
        Weekday::Fri => "friday",
        Weekday::Sat => "saturday",
        Weekday::Sun => "sunday",
    }
}

/// `" (did you mean \"x\"?)"` for the closest known name, or a list of the
/// known names when there are few and none is close.
pub(crate) fn suggest<'a>(wanted: &str, known: impl Iterator<Item = &'a str>) -> String {
    let known: Vec<&str> = known.collect();
    let mut best: Vec<(usize, &str)> = known
        .iter()
        .map(|k| (edit_distance(wanted, k), *k))
        .filter(|(d, k)| *d <= (k.len().max(wanted.len()) / 3).max(2))
        .collect();
    best.sort();
    // Every candidate as close as the closest, up to three.
    let closest: Vec<String> = best
        .iter()
        .take_while(|(d, _)| Some(*d) == best.first().map(|b| b.0))
        .take(3)
        .map(|(_, k)| format!("{k:?}"))
        .collect();
    match closest.as_slice() {
        [one] => format!(" (did you mean {one}?)"),
        [rest @ .., last] if !rest.is_empty() => {
            format!(" (did you mean {} or {last}?)", rest.join(", "))
        }
        _ if known.is_empty() => " (none are loaded)".to_owned(),
        _ if known.len() <= 12 => format!(" (known: {})", known.join(", ")),
        _ => String::new(),
    }
}

/// Edit distance over characters, counting a swap of two neighbouring
/// characters as one edit (optimal string alignment); bounded by the
/// inputs' lengths (at most 256 characters each).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().take(256).collect();
    let b: Vec<char> = b.chars().take(256).collect();
    let w = b.len() + 1;
    // Rows i-2, i-1 and i of the distance matrix.
    let mut two_back: Vec<usize> = vec![0; w];
    let mut prev: Vec<usize> = (0..w).collect();
    let mut cur: Vec<usize> = vec![0; w];
    for i in 1..=a.len() {
        if let Some(c0) = cur.first_mut() {
            *c0 = i;
        }
        for j in 1..w {
            let ca = a.get(i - 1);
            let cb = b.get(j - 1);
            let cost = usize::from(ca != cb);
            let sub = prev.get(j - 1).copied().unwrap_or(0) + cost;
            let del = prev.get(j).copied().unwrap_or(0) + 1;
            let ins = cur.get(j - 1).copied().unwrap_or(0) + 1;
            let mut d = sub.min(del).min(ins);
            if i > 1 && j > 1 && a.get(i - 1) == b.get(j - 2) && a.get(i - 2) == b.get(j - 1) {
                d = d.min(two_back.get(j - 2).copied().unwrap_or(0) + 1);
            }
            if let Some(slot) = cur.get_mut(j) {
                *slot = d;
            }
        }
        std::mem::swap(&mut two_back, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().unwrap_or(0)
}

/// A court id or alias as typed, normalized for lookup: lowercase ASCII
/// letters and digits only ("S.D.N.Y." and "sdny" are both `sdny`; "N.D.
/// Cal." is `ndcal`).
pub(crate) fn court_key(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(edit_distance("us-ca", "us-ca"), 0);
        assert_eq!(edit_distance("us-cal", "us-ca"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("cnad", "cand"), 1, "a swap is one edit");
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(
            suggest("cnad", ["cand", "ca1", "casd"].into_iter()),
            " (did you mean \"cand\"?)"
        );
        assert_eq!(
            suggest("cad", ["cand", "casd", "ca1"].into_iter()),
            " (did you mean \"ca1\", \"cand\" or \"casd\"?)"
        );
        assert_eq!(
            suggest("us-fedral", ["us-federal", "us-ca"].into_iter()),
            " (did you mean \"us-federal\"?)"
        );
    }

    #[test]
    fn long_dates() {
        let d = NaiveDate::from_ymd_opt(2026, 7, 3).unwrap_or_default();
        assert_eq!(long_date(d).to_string(), "Friday, July 3, 2026");
        let d = NaiveDate::from_ymd_opt(1999, 12, 31).unwrap_or_default();
        assert_eq!(long_date(d).to_string(), "Friday, December 31, 1999");
        let d = NaiveDate::from_ymd_opt(12, 9, 30).unwrap_or_default();
        assert_eq!(long_date(d).to_string(), "Sunday, September 30, 12");
        // Every day of the compiled window, against chrono's own formatting.
        let mut d = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or_default();
        while d.year() <= 2200 {
            assert_eq!(
                long_date(d).to_string(),
                d.format("%A, %B %-d, %Y").to_string()
            );
            d = d.succ_opt().unwrap_or(NaiveDate::MAX);
        }
    }

    #[test]
    fn iso_dates_match_chrono() {
        let mut buf = [0u8; 10];
        let mut d = NaiveDate::from_ymd_opt(0, 1, 1).unwrap_or_default();
        while d.year() <= 9999 {
            assert_eq!(iso_date(d, &mut buf), Some(d.to_string().as_str()));
            d = d + chrono::Days::new(97);
        }
        for d in [NaiveDate::MIN, NaiveDate::MAX] {
            assert_eq!(iso_date(d, &mut buf), None);
            let mut s = String::new();
            push_iso(&mut s, d);
            assert_eq!(s, d.to_string());
        }
        // Outside 1000–9999 the year is written in full after the rest.
        let d = NaiveDate::from_ymd_opt(10_000, 2, 3).unwrap_or_default();
        let s = long_date(d).to_string();
        assert!(s.starts_with(title_weekday(d.weekday())) && s.ends_with(" February 3, 10000"));
    }
}
