//! Tests of the date-expression language.

use super::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn eval(s: &str, year: i32) -> NaiveDate {
    parse(s)
        .map(|e| e.eval(year))
        .ok()
        .flatten()
        .unwrap_or_default()
}

#[test]
fn forms_evaluate() {
    assert_eq!(eval("january 1", 2026), date(2026, 1, 1));
    assert_eq!(eval("third monday of january", 2026), date(2026, 1, 19));
    assert_eq!(eval("last monday of may", 2026), date(2026, 5, 25));
    assert_eq!(eval("last monday of may", 2027), date(2027, 5, 31));
    assert_eq!(
        eval("fourth thursday of november + 1 day", 2026),
        date(2026, 11, 27)
    );
    assert_eq!(eval("easter - 2 days", 2026), date(2026, 4, 3));
    // Election Day: 2026-11-03 (Nov 2 is the first Monday); 2027: Nov 1 is a Monday -> Nov 2.
    assert_eq!(
        eval("first tuesday after first monday of november", 2026),
        date(2026, 11, 3)
    );
    assert_eq!(
        eval("first tuesday after first monday of november", 2022),
        date(2022, 11, 8)
    );
    assert_eq!(
        eval("first monday on or after march 1", 2027),
        date(2027, 3, 1)
    );
    assert_eq!(eval("first monday after march 1", 2027), date(2027, 3, 8));
    assert_eq!(
        eval("first friday before december 25", 2026),
        date(2026, 12, 18)
    );
    assert_eq!(
        eval("second friday before december 25", 2026),
        date(2026, 12, 11)
    );
    assert_eq!(
        eval("first friday on or before december 25", 2026),
        date(2026, 12, 25)
    );
    assert_eq!(
        eval("  Third   MONDAY of  January ", 2026),
        date(2026, 1, 19)
    );
}

#[test]
fn easter_known_dates() {
    // Western Easter dates from the computus tables.
    for (y, m, d) in [
        (1900, 4, 15),
        (1961, 4, 2),
        (2000, 4, 23),
        (2008, 3, 23),
        (2011, 4, 24),
        (2019, 4, 21),
        (2024, 3, 31),
        (2025, 4, 20),
        (2026, 4, 5),
        (2038, 4, 25),
        (2285, 3, 22),
    ] {
        assert_eq!(easter(y), Some(date(y, m, d)), "{y}");
    }
}

#[test]
fn display_round_trips() {
    for s in [
        "january 1",
        "third monday of january",
        "last monday of may",
        "fourth thursday of november + 1 day",
        "easter - 2 days",
        "first tuesday after first monday of november",
        "second friday on or before december 25",
    ] {
        let e = parse(s).map(|e| e.to_string());
        assert_eq!(e.as_deref(), Ok(s));
    }
}

#[test]
fn errors_point_at_the_bad_word() {
    let cases = [
        ("janury 1", 0..6, "unknown month or ordinal"),
        ("february 30", 0..11, "impossible date"),
        ("february 29", 0..11, "leap years"),
        ("third munday of january", 6..12, "unknown weekday"),
        ("fifth monday of may", 0..5, "fifth"),
        ("third monday in january", 13..15, "expected \"of\""),
        ("easter + 2 weeks", 11..16, "expected \"day\""),
        ("easter +", 8..8, "ends early"),
        ("last monday after may 1", 0..4, "\"last\" goes only"),
        ("", 0..0, "empty"),
        ("january 1 2026", 10..14, "unexpected"),
        ("easter + 999 days", 9..12, "too large"),
        ("march 3!", 7..8, "unexpected character"),
    ];
    for (src, span, msg) in cases {
        match parse(src) {
            Ok(e) => panic!("{src:?} parsed as {e:?}"),
            Err(e) => {
                assert_eq!(e.span, span, "{src:?}: {}", e.message);
                assert!(e.message.contains(msg), "{src:?}: {}", e.message);
            }
        }
    }
}

#[test]
fn cycles() {
    let inaug = parse_cycle("every 4 years from 1965").unwrap_or(Cycle { every: 1, start: 0 });
    assert!(
        inaug.contains(2025)
            && inaug.contains(1965)
            && !inaug.contains(1961)
            && !inaug.contains(2026)
    );
    let even = parse_cycle("even").unwrap_or(Cycle { every: 1, start: 0 });
    assert!(even.contains(2026) && !even.contains(2027));
    let odd = parse_cycle("Odd").unwrap_or(Cycle { every: 1, start: 0 });
    assert!(odd.contains(2027) && !odd.contains(2026));
    assert!(parse_cycle("every 0 years from 1965").is_err());
    assert!(parse_cycle("sometimes").is_err());
}
