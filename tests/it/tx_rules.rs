//! Worked examples for the Texas rule sets: `tx-civil` (Tex. R. Civ. P. 4,
//! 21a and the trial-court deadlines) and `tx-appellate` (Tex. R. App. P. 4.1
//! and the appellate deadlines), in the courts `tx-district`, `tx-justice`
//! and `tx-appeals` (and their Mountain-time twins).
//!
//! Each case names its source and quotes the line relied on. The expected
//! date is the source's, never the engine's. Where a source prints the last
//! day but not the trigger (e.g. "The thirtieth day fell on March 29,
//! 1991"), the trigger is derived by counting back and the derivation is
//! spelled out next to the case.
//!
//! A minority of cases are HAND-COMPUTED: the source states only the rule,
//! and the date was worked out by hand from the rule and the Texas legal
//! holidays (Tex. Gov't Code § 662.003; no official Texas court holiday list
//! for 2025 was found, so the statute is the list). Each says so in its
//! source string.
//!
//! Dates before 2014 fall before the rule sets' `valid_from` (and dates before
//! Sept. 2009 before the us-tx calendar's coverage): the engine warns, and the
//! cases below check only that the rule as encoded reproduces the date the
//! court gave.
//!
//! The examples that only compare a computed date with the source's are
//! `[[example]]` tables in `tests/cases/deadlines/tx_rules.toml`, run by
//! `worked_examples.rs`; the tests left here check more than that date.
use crate::common;
use common::deadline::{CASE, Case, compute};

// ---------------------------------------------------------------------------
// tx-civil: the district-court answer (Rule 99(b))
// ---------------------------------------------------------------------------

/// The 10:00 a.m. cut-off is local time: Central in tx-district, Mountain in
/// tx-district-el-paso.
#[test]
fn answer_cutoff_is_ten_in_the_courts_time_zone() {
    for (court, offset) in [("tx-district", "-05:00"), ("tx-district-el-paso", "-06:00")] {
        let due = compute(&Case {
            source: "Tex. R. Civ. P. 99(b): 'on or before 10:00 a.m. on the Monday next ...'; Tex. R. Civ. P. 21(f)(5): 'in the court's time zone'. Sudderth Example 1 (served Oct. 1, 2024; answer Monday, Oct. 28, 2024, daylight time in both zones).",
            court,
            deadline: Some("tx-civil.answer"),
            rules: "tx-civil",
            trigger: "2024-10-01",
            expect: "2024-10-28",
            ..CASE
        });
        let at = due
            .cutoffs
            .iter()
            .find_map(|c| c.at)
            .unwrap_or_else(|| panic!("no cut-off time in {due}"));
        assert_eq!(
            at.to_rfc3339(),
            format!("2024-10-28T10:00:00{offset}"),
            "{court}"
        );
        // The deadline itself is due at that instant: a timed deadline.
        assert_eq!(due.due_at, Some(at), "{court}");
        assert!(due.readings.iter().all(|r| r.due_at.is_some()), "{due}");
    }
}

// ---------------------------------------------------------------------------
// tx-appellate
// ---------------------------------------------------------------------------

#[test]
fn eighth_court_of_appeals_files_to_midnight_mountain_time() {
    let due = compute(&Case {
        source: "Tex. R. App. P. 9.2(c) (before midnight in the court's time zone); the Eighth Court of Appeals sits in El Paso (Mountain time). Mabry's first example: due Friday, February 1, 2019.",
        court: "tx-appeals-8th",
        deadline: Some("tx-appellate.criminal-notice-of-appeal"),
        rules: "tx-appellate",
        trigger: "2019-01-02",
        expect: "2019-02-01",
        ..CASE
    });
    assert_eq!(due.time_zone, "America/Denver");
    let at = due
        .cutoffs
        .iter()
        .find(|c| c.method == "electronic")
        .and_then(|c| c.at)
        .unwrap_or_else(|| panic!("no electronic cut-off in {due}"));
    assert_eq!(
        at.format("%Y-%m-%d %H:%M %:z").to_string(),
        "2019-02-01 23:59 -07:00"
    );
}
