//! The date-only path answers most triggers from a deadline's precompiled
//! plan (`src/compute/plan.rs`) and falls back to the counting pipeline for
//! the rest. The two must agree on every bundled court and deadline: same
//! date, or both an error. The plan's segments split the rules-date axis at
//! every date the rule data names (deadline versions, counting conventions,
//! service extensions, a deadline's first and last day), so the dates below
//! include each side of the usual boundaries as well as random ones.

use chrono::{Days, NaiveDate};
use court_deadlines::{SERVICE_METHODS, Trigger};

use crate::common::book;

fn dates(seed: u64) -> Vec<NaiveDate> {
    let mut x = seed | 1;
    let mut out: Vec<NaiveDate> = [
        "1900-01-01",
        "1995-06-30",
        "2005-10-16",
        "2005-10-17",
        "2009-11-30",
        "2009-12-01",
        "2016-11-30",
        "2016-12-01",
        "2024-12-01",
        "2200-12-20",
    ]
    .iter()
    .map(|s| s.parse().expect("date"))
    .collect();
    for _ in 0..14 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.push(NaiveDate::from_ymd_opt(1990, 1, 1).expect("date") + Days::new(x % 18_000));
    }
    out
}

#[test]
fn the_plan_agrees_with_the_pipeline_on_every_bundled_deadline() {
    let methods: Vec<Option<&str>> = std::iter::once(None)
        .chain(SERVICE_METHODS.iter().copied().map(Some))
        .chain([Some("carrier-pigeon")])
        .collect();
    let (mut checked, mut answered) = (0u64, 0u64);
    for (k, court) in book().courts().enumerate() {
        let Ok(deadlines) = court.deadlines() else {
            continue;
        };
        for (n, dl) in deadlines.iter().enumerate() {
            for (i, t) in dates((k as u64) << 20 | n as u64).into_iter().enumerate() {
                let method = methods[(i + n) % methods.len()];
                let mut trig = Trigger::on(t);
                if let Some(m) = method {
                    trig = trig.served_by(m);
                }
                // A later rules date than the trigger, sometimes.
                if i % 5 == 0 {
                    trig = trig.as_of(t + Days::new(4000));
                }
                let fast = court_deadlines::fuzzing::due_date_planned(dl, &trig);
                let slow = court_deadlines::fuzzing::due_date_pipeline(dl, &trig);
                match (&fast, &slow) {
                    (Ok(a), Ok(b)) => {
                        assert_eq!(
                            a,
                            b,
                            "{} {}.{} {t} {method:?}",
                            court.id(),
                            dl.rule_set_id(),
                            dl.id()
                        );
                        answered += 1;
                    }
                    (Err(_), Err(_)) => {}
                    _ => panic!(
                        "{} {}.{} {t} {method:?}: plan {fast:?}, pipeline {slow:?}",
                        court.id(),
                        dl.rule_set_id(),
                        dl.id()
                    ),
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 50_000, "{checked} checked");
    assert!(answered > checked / 2, "{answered} of {checked} answered");
}

/// An explanation takes each closed day's reasons from a cache filled a
/// year at a time (`src/calendar/reasons.rs`). For courts whose calendars
/// cover every kind of closed day (weekends, holidays observed on another
/// day, executive-order closures, judiciary-only holidays, county-only and
/// state legal holidays on which the courts sit), under every combination
/// of readings, the cached reasons must equal those found afresh, across
/// two year boundaries and a leap day.
#[test]
fn cached_reasons_equal_reasons_found_afresh() {
    let from = NaiveDate::from_ymd_opt(2023, 12, 1).expect("date");
    for id in ["nysd", "mad", "cand", "flsd", "paed", "dcd", "ca5", "txsd"] {
        let court = book().court(id).expect("bundled court");
        court_deadlines::fuzzing::check_reason_cache(&court, from, 800);
    }
}

/// A handle that has explained 64 results answers its alternative readings
/// from their plans too. The whole explained result must be the same with
/// and without them, on every bundled court and deadline.
#[test]
fn explained_results_are_the_same_with_the_readings_plans() {
    let methods: Vec<Option<&str>> = std::iter::once(None)
        .chain(SERVICE_METHODS.iter().copied().map(Some))
        .collect();
    let mut checked = 0u64;
    for (k, court) in book().courts().enumerate() {
        let Ok(deadlines) = court.deadlines() else {
            continue;
        };
        for (n, dl) in deadlines.iter().enumerate() {
            let qualified = format!("{}.{}", dl.rule_set_id(), dl.id());
            for (i, t) in dates((k as u64) << 20 | n as u64)
                .into_iter()
                .enumerate()
                .skip(7)
                .step_by(3)
            {
                let mut trig = Trigger::on(t);
                if let Some(m) = methods[(i + n) % methods.len()] {
                    trig = trig.served_by(m);
                }
                // A fresh handle has no plans yet.
                let fresh = court.deadline(&qualified).expect("listed deadline");
                let without = fresh.compute(&trig);
                let with = court_deadlines::fuzzing::compute_planned(dl, &trig);
                match (&with, &without) {
                    (Ok(a), Ok(b)) => assert_eq!(a, b, "{} {qualified} {t}", court.id()),
                    (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
                    _ => panic!("{} {qualified} {t}: {with:?} / {without:?}", court.id()),
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 10_000, "{checked} checked");
}
