//! Shared helpers for the calendar tests.
//!
//! Every expectation handed to these helpers comes from an authoritative
//! source named by the caller (an official court holiday list, a statute, an
//! executive order) — never from the engine's own output.
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, Weekday};
use court_deadlines::{Calendar, RuleBook};

/// Weekday names as rule files spell them, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month names as rule files spell them, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The bundled rule book, loaded once per test binary.
pub fn book() -> &'static RuleBook {
    static BOOK: OnceLock<RuleBook> = OnceLock::new();
    BOOK.get_or_init(|| match RuleBook::bundled() {
        Ok(book) => book,
        Err(e) => panic!("the bundled rules do not load:\n{e}"),
    })
}

/// A bundled calendar by id.
pub fn cal(id: &str) -> &'static Calendar {
    match book().calendar(id) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    }
}

/// Parses an ISO date (`2026-07-03`).
pub fn d(s: &str) -> NaiveDate {
    match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        Ok(d) => d,
        Err(e) => panic!("bad test date {s:?}: {e}"),
    }
}

/// Asserts that in `year` the weekdays (Monday–Friday) on which `calendar`
/// is closed are exactly the dates of `expected` — `(ISO date, name as the
/// source lists it)` — taken from `source`.
///
/// Both the compiled day table (`is_court_day`) and the year listing
/// (`holidays`) are checked.
pub fn assert_weekday_closures(calendar: &str, year: i32, expected: &[(&str, &str)], source: &str) {
    let c = cal(calendar);
    let want: BTreeSet<NaiveDate> = expected.iter().map(|(s, _)| d(s)).collect();
    for w in &want {
        assert_eq!(
            w.year(),
            year,
            "{calendar} {year}: expected date {w} is not in {year} (source: {source})"
        );
    }
    let mut got = BTreeSet::new();
    let mut day = NaiveDate::from_ymd_opt(year, 1, 1).expect("valid year");
    while day.year() == year {
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
            && !c.is_court_day(day).expect("in window")
        {
            got.insert(day);
        }
        day = day.succ_opt().expect("in range");
    }
    let missing: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{calendar} {year} does not match {source}\n  listed by the source but open: {missing:?}\n  closed but not listed: {extra:?}"
    );
    // The year listing agrees with the day table on weekdays.
    let listed: BTreeSet<NaiveDate> = c
        .holidays(year)
        .expect("in window")
        .iter()
        .filter(|h| !h.court_open)
        .map(|h| h.date)
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .collect();
    assert_eq!(
        listed, got,
        "{calendar} {year}: holidays() and is_court_day() disagree"
    );
}

/// Asserts that `calendar` is open on `date` (per `source`).
pub fn assert_open(calendar: &str, date: &str, source: &str) {
    let c = cal(calendar);
    let why = c.why_closed(d(date)).expect("in window");
    assert!(
        c.is_court_day(d(date)).expect("in window"),
        "{calendar}: {date} should be a court day (source: {source}); closed because {why:?}"
    );
}

/// Asserts that `calendar` is closed on `date` (per `source`), and that one
/// of the reasons given mentions `reason` (case-insensitive substring; pass
/// "" to skip that check).
pub fn assert_closed(calendar: &str, date: &str, reason: &str, source: &str) {
    let c = cal(calendar);
    assert!(
        !c.is_court_day(d(date)).expect("in window"),
        "{calendar}: {date} should be closed (source: {source})"
    );
    let why = c.why_closed(d(date)).expect("in window");
    let reason = reason.to_lowercase();
    assert!(
        why.iter()
            .any(|r| r.to_string().to_lowercase().contains(&reason)),
        "{calendar}: {date} is closed but no reason mentions {reason:?}: {why:?} (source: {source})"
    );
}

pub mod deadline;

pub mod replay;
