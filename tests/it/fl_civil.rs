//! Worked examples for Florida state-court time computation: Fla. R. Gen.
//! Prac. & Jud. Admin. 2.514 (Fla. R. Jud. Admin. 2.514 before 2021) and the
//! civil and appellate deadlines of rule set `fl-civil`.
//!
//! Sources: Florida appellate opinions that state the trigger and the due (or
//! last timely) date in their own words; a Florida Bar appellate-section
//! publication and an appellate practitioner's blog that work examples under
//! the 2019 amendments. The expected date is always the source's, never the
//! engine's.
//!
//! A minority of cases are computed by hand from the rule text and the
//! official holiday lists (the Fla. Stat. § 110.117 days, and the Third
//! Judicial Circuit's 2025 Holiday Schedule); their source strings say so.
//!
//! Versions: triggers from Oct. 1, 2012 to Dec. 31, 2018 are computed under
//! the 2012 text of 2.514 (count from the day after the trigger; mail and
//! e-mail both add 5 days); from Jan. 1, 2019 under the amended text (day 1
//! is the next day that is not a Saturday, Sunday or legal holiday; only mail
//! adds 5 days). One case (Kovarick, 2011) predates Rule 2.514 and is checked
//! only for what the former rule shared with it (the year count and the
//! forward roll); it says so.
//!
//! The examples that only compare a computed date with the source's are
//! `[[example]]` tables in `tests/cases/deadlines/fl_civil.toml`, run by
//! `worked_examples.rs`; the tests left here check more than that date.
use crate::common;
use common::deadline::{CASE, Case, compute};

// ---------------------------------------------------------------------------
// Versions and courts.
// ---------------------------------------------------------------------------

/// Since July 1, 2025 the last day ends at 11:59:59 p.m. eastern time for
/// every court; in the Central-time First and Fourteenth Circuits that is
/// 10:59:59 p.m. local. The electronic cutoffs of fl-circuit (Eastern) and
/// fl-circuit-1st / fl-circuit-14th (Central) must therefore be the same
/// instant, to within the second.
#[test]
fn central_circuits_end_the_day_at_eastern_midnight() {
    let case = Case {
        source: "Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(4) as amended by In re Amendments to Fla. Rules of Gen. Prac. & Jud. Admin., No. SC2023-1401 (Fla. Mar. 20, 2025), eff. July 1, 2025, as summarised by the Tallahassee Bar Association: 'Rule 2.514 – This rule is amended to replace \"midnight\" with \"11:59:59 p.m., eastern time\" to clarify filing and service deadlines.'",
        deadline: Some("fl-civil.notice-of-appeal"),
        trigger: "2025-11-24",
        expect: "2025-12-24",
        ..CASE
    };
    let electronic = |court: &'static str| {
        let due = compute(&Case { court, ..case });
        assert_eq!(due.date.to_string(), case.expect, "{due}");
        due.cutoffs
            .iter()
            .find(|c| c.method == "electronic")
            .and_then(|c| c.at)
            .unwrap_or_else(|| panic!("no electronic cutoff for {court}\n{due}"))
    };
    let eastern = electronic("fl-circuit");
    for court in ["fl-circuit-1st", "fl-circuit-14th"] {
        let central = electronic(court);
        // The engine marks "midnight" as the last millisecond of the day
        // (23:59:59.999 Eastern); the Central circuits record the rule's
        // 10:59:59 p.m. Central: the same end of day, under a second apart.
        let gap = (central - eastern).num_milliseconds().abs();
        assert!(
            gap <= 1_000,
            "{court}: {central} vs {eastern}\n  source: {}",
            case.source
        );
        assert_eq!(
            central.format("%H:%M:%S %:z").to_string(),
            "22:59:59 -06:00",
            "{court}: 10:59:59 p.m. CST"
        );
    }
}

/// Before July 1, 2025 the rule said "midnight": in the Central-time
/// circuits, local midnight (an hour after Eastern midnight).
#[test]
fn central_circuits_before_july_2025_end_at_local_midnight() {
    // 30 days after Mon 2025-05-12 is Wed 2025-06-11 (no holiday): the cut-off
    // in force on that day is the pre-2025 "midnight".
    let case = Case {
        source: "Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(4) (before the amendment effective July 1, 2025): 'for electronic filing, at midnight'",
        court: "fl-circuit-1st",
        deadline: Some("fl-civil.notice-of-appeal"),
        trigger: "2025-05-12",
        expect: "2025-06-11",
        ..CASE
    };
    let due = compute(&case);
    assert_eq!(due.date.to_string(), case.expect, "{due}");
    let at = due
        .cutoffs
        .iter()
        .find(|c| c.method == "electronic")
        .and_then(|c| c.at)
        .unwrap_or_else(|| panic!("no electronic cutoff\n{due}"));
    assert_eq!(at.format("%H:%M:%S %:z").to_string(), "23:59:59 -05:00");
}
