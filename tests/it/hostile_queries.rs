//! Hostile queries: dates at chrono's extremes and outside the compiled
//! window, periods that run off the end, triggers in DST gaps and folds,
//! courts closed for months, rules dates before any rule existed, unknown
//! ids. Each gives an error or a result with a warning — never a panic, and
//! never a hang (every loop in the engine is bounded).

use crate::common;

use chrono::{NaiveDate, NaiveDateTime};
use common::book;
use court_deadlines::{Direction, ErrorKind, RuleBook, Trigger, WarningCode};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn dt(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
}

#[test]
fn chronos_extreme_dates_are_out_of_range() {
    let court = book().court("nysd").unwrap();
    for date in [
        NaiveDate::MIN,
        NaiveDate::MAX,
        d("1899-12-31"),
        d("2201-01-01"),
    ] {
        let e = court
            .compute("frcp.answer", &Trigger::on(date))
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::OutOfRange, "{date}: {e}");
        let e = court
            .deadline("frcp.answer")
            .unwrap()
            .due_date(&Trigger::on(date))
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::OutOfRange);
        let cal = book().calendar("us-federal").unwrap();
        assert!(cal.is_court_day(date).unwrap_err().is_out_of_range());
        assert!(cal.why_closed(date).unwrap_err().is_out_of_range());
        assert!(
            cal.nth_court_day_after(date, 1)
                .unwrap_err()
                .is_out_of_range()
        );
    }
    assert!(
        book()
            .calendar("us-federal")
            .unwrap()
            .holidays(i32::MAX)
            .unwrap_err()
            .is_out_of_range()
    );
}

#[test]
fn periods_that_run_off_the_window_are_errors() {
    let court = book().court("nysd").unwrap();
    let late = Trigger::on(d("2200-12-01"));
    for p in [
        "73200 days",
        "200 years",
        "2400 months",
        "50000 court days",
        "1756800 hours",
    ] {
        let t = if p.ends_with("hours") {
            Trigger::at(dt("2200-12-01T09:00"))
        } else {
            late.clone()
        };
        let e = court
            .compute_period("frcp", p, Direction::After, &t)
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::OutOfRange, "{p}: {e}");
    }
    let early = Trigger::on(d("1900-02-01"));
    let e = court
        .compute_period("frcp", "90 days", Direction::Before, &early)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::OutOfRange, "{e}");
    // Periods too long to mean anything are refused before counting.
    for p in [
        "999999999 days",
        "4294967296 days",
        "99999999999999999999 hours",
    ] {
        let e = court
            .compute_period("frcp", p, Direction::After, &Trigger::on(d("2025-01-02")))
            .unwrap_err();
        assert!(
            matches!(e.kind(), ErrorKind::OutOfRange | ErrorKind::Invalid),
            "{p}: {e}"
        );
    }
    let e = court
        .compute_period(
            "frcp",
            "0 days",
            Direction::After,
            &Trigger::on(d("2025-01-02")),
        )
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Argument);
}

#[test]
fn triggers_in_dst_gaps_and_folds_are_flagged() {
    let court = book().court("nysd").unwrap();
    // 01:30 on 2025-11-02 happens twice in New York (clocks go back at 02:00).
    let r = court
        .compute_period(
            "frcp",
            "24 hours",
            Direction::After,
            &Trigger::at(dt("2025-11-02T01:30")),
        )
        .unwrap();
    assert!(
        r.warnings
            .iter()
            .any(|w| w.code == WarningCode::AmbiguousLocalTime),
        "{r}"
    );
    // The earlier instant (EDT, -4) plus 24 elapsed hours is 00:30 EST on
    // Monday 2025-11-03.
    assert_eq!(r.due_at.unwrap().naive_local(), dt("2025-11-03T00:30"));
    // 02:30 on 2025-03-09 does not exist.
    let r = court
        .compute_period(
            "frcp",
            "48 hours",
            Direction::After,
            &Trigger::at(dt("2025-03-09T02:30")),
        )
        .unwrap();
    assert!(
        r.warnings
            .iter()
            .any(|w| w.code == WarningCode::AmbiguousLocalTime),
        "{r}"
    );
}

#[test]
fn a_court_closed_for_a_year_is_counted_through() {
    // A firm's calendar closing a court for all of 2025 (366 days is the
    // longest closure accepted): a period landing inside it runs to the
    // first court day after it, Friday, January 2, 2026 (Thursday, January 1
    // is New Year's Day).
    let book = RuleBook::builder()
        .bundled()
        .toml_str(
            "long-closure.toml",
            r#"
[calendar]
id = "long-closure"
name = "Closed all year"
citation = "Test order"
weekend = []
include = ["us-federal"]
valid_from = 2020-01-01
verified_through = 2026-12-31

[[closure]]
date = 2025-01-01
through = 2025-12-31
name = "Courthouse closed"
kind = "emergency"
citation = "Test order 1"
"#,
        )
        .toml_str(
            "courts.toml",
            r#"
[court.closed-court]
name = "A court closed for a year"
rule_sets = ["frcp"]
calendars = ["long-closure"]
time_zone = "America/New_York"
"#,
        )
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let court = book.court("closed-court").unwrap();
    let r = court
        .compute_period(
            "frcp",
            "10 days",
            Direction::After,
            &Trigger::on(d("2024-12-30")),
        )
        .unwrap();
    assert_eq!(r.date, d("2026-01-02"), "{r}");
    // Court days are counted past the closure too.
    let r = court
        .compute_period(
            "frcp",
            "1 court day",
            Direction::After,
            &Trigger::on(d("2024-12-31")),
        )
        .unwrap();
    assert_eq!(r.date, d("2026-01-02"));
    // The explanation lists the closed days it passed, bounded.
    assert!(r.steps.iter().map(|s| s.skipped.len()).sum::<usize>() <= 400);
}

#[test]
fn rules_dates_before_any_rule_existed_are_flagged() {
    let court = book().court("nysd").unwrap();
    let t = Trigger::on(d("2025-03-03")).as_of(d("1900-06-01"));
    let r = court.compute("frcp.answer", &t).unwrap();
    assert!(
        r.warnings
            .iter()
            .any(|w| w.code == WarningCode::BeforeCoverage),
        "{r}"
    );
    // A trigger before a calendar's encoded history is flagged as well.
    let r = court
        .compute("frcp.answer", &Trigger::on(d("1950-06-01")))
        .unwrap();
    assert!(
        r.warnings
            .iter()
            .any(|w| w.code == WarningCode::BeforeCoverage),
        "{r}"
    );
}

#[test]
fn unknown_ids_are_errors_that_suggest() {
    let b = book();
    assert_eq!(b.court("nsyd").unwrap_err().kind(), ErrorKind::NotFound);
    assert!(
        b.court("nsyd")
            .unwrap_err()
            .to_string()
            .contains("did you mean")
    );
    let court = b.court("nysd").unwrap();
    assert_eq!(
        court.deadline("frcp.anwser").unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        court.deadline("ca-civil.response").unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        court
            .compute_period(
                "ny-civil",
                "10 days",
                Direction::After,
                &Trigger::on(d("2025-01-02"))
            )
            .unwrap_err()
            .kind(),
        ErrorKind::NotApplicable,
        "a rule set that does not apply in the court"
    );
    assert_eq!(
        court
            .schedule("frcp.nothing-happened", &Trigger::on(d("2025-01-02")))
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
    let t = Trigger::on(d("2025-01-02")).served_by("telepathy");
    let e = court
        .compute("frcp.answer-to-counterclaim", &t)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Argument, "{e}");
    let t = Trigger::on(d("2025-01-02")).origin_court("nowhere");
    assert_eq!(
        court.compute("frcp.answer", &t).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert_eq!(b.rule_set("frpc").unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(b.calendar("").unwrap_err().kind(), ErrorKind::NotFound);
}

#[test]
fn many_closures_and_inaccessible_days_stay_bounded() {
    // Every day of a year closed and inaccessible by the caller: the engine
    // answers (past the closures) without looping forever.
    let court = book().court("nysd").unwrap();
    let mut t = Trigger::on(d("2025-01-02"));
    let mut day = d("2025-01-03");
    while day < d("2025-12-31") {
        t = t.closed(day).inaccessible(day);
        day = day.succ_opt().unwrap();
    }
    let r = court
        .compute_period("frcp", "10 days", Direction::After, &t)
        .unwrap();
    assert_eq!(r.date, d("2025-12-31"), "{r}");
}
