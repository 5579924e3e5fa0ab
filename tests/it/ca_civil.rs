//! Worked examples for time computation in the California state courts
//! (rule set `ca-civil`: Code Civ. Proc. §§ 12-12c, 1005, 1010.6, 1013,
//! 437c, 659, 2030.300 ...; Cal. Rules of Court 8.104, 8.212), each taken
//! from a source that states the trigger and the due date, or the trigger and
//! whether a given day was on time:
//!
//! - published opinions of the California Supreme Court and Courts of Appeal
//!   (DeLeon 1983, McAvoy 1995, California Accounts 1975, Robinson 2008,
//!   Golf & Tennis Pro Shop 2022, Cole 2022) and one unpublished opinion
//!   (Palacios, c. 2010-2011, cited for its facts only: CRC 8.1115 bars citing it in
//!   court);
//! - rulings of superior courts (Orange County 2017, Los Angeles 2024, San
//!   Diego 2024) that compute a deadline from a stated trigger.
//!
//! The expected date is always the source's, never the engine's. Where the
//! source states the trigger, the rule and whether a day was late but not the
//! last timely day in so many words, the derivation is spelled out next to
//! the case. Three cases (marked HAND-COMPUTED) give only the trigger and the
//! statute; their dates were worked out by hand from the statute and the
//! official court holiday lists.
//!
//! Every case is checked in `ca-superior`: the rule set and the holiday
//! calendar are statewide.
//!
//! The examples that only compare a computed date with the source's are
//! `[[example]]` tables in `tests/cases/deadlines/ca_civil.toml`, run by
//! `worked_examples.rs`; the tests left here check more than that date.
use crate::common;
use common::deadline::{CASE, Case, check};
use common::{book, d};
use court_deadlines::Trigger;

// ---------------------------------------------------------------------------
// Service of summons: completion dates are not rolled (rules/README.md, 'Completion dates').
// ---------------------------------------------------------------------------

/// HAND-COMPUTED. Substituted service mailed Friday, August 22, 2025 is
/// complete on the 10th day, Monday, September 1, 2025 (Labor Day), which
/// stands; the response is due 30 days later, Wednesday, October 1, 2025.
/// Rolling the completion date to Tuesday, September 2 would wrongly give
/// Thursday, October 2. Checked through the schedule chain too.
#[test]
fn substituted_service_completed_on_labor_day_2025() {
    let source = "HAND-COMPUTED from CCP § 415.20 ('deemed complete on the 10th day after the mailing') and § 412.20(a)(3) (30 days), with the official 2025 judicial holiday list (San Bernardino Superior Court, 'Judicial Holidays In 2025': 'Monday September 1, 2025 Labor Day').";
    check(&Case {
        source,
        court: "ca-superior",
        deadline: Some("ca-civil.substituted-service-complete"),
        trigger: "2025-08-22",
        expect: "2025-09-01",
        ..CASE
    });
    check(&Case {
        source,
        court: "ca-superior",
        deadline: Some("ca-civil.answer-after-substituted-service"),
        trigger: "2025-09-01",
        expect: "2025-10-01",
        ..CASE
    });
    let court = book()
        .court("ca-superior")
        .unwrap_or_else(|e| panic!("{e}"));
    let s = court
        .schedule(
            "ca-civil.substituted-service-mailed",
            &Trigger::on(d("2025-08-22")),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let answer = s
        .entries
        .iter()
        .find(|e| e.deadline.rule.deadline.as_deref() == Some("answer-after-substituted-service"))
        .unwrap_or_else(|| panic!("no answer deadline in the schedule\n  source: {source}"));
    assert_eq!(answer.deadline.date, d("2025-10-01"), "source: {source}");
}

// ---------------------------------------------------------------------------
// CRC 8.104: no extension for service; the day after Thanksgiving is a
// California judicial holiday (CCP § 135) though not a federal one.
// ---------------------------------------------------------------------------

/// Rule 8.104(a)(1): the earliest of 60 days after service of notice of
/// entry and 180 days after entry governs. Hand-computed from the rule and
/// the California judicial holidays: judgment entered Monday, March 2, 2026;
/// notice of entry served Tuesday, March 10, 2026. 60 days after March 10 is
/// Saturday, May 9, rolled to Monday, May 11 (Code Civ. Proc. § 12a); 180
/// days after March 2 is Saturday, August 29, rolled to Monday, August 31.
/// The earliest is May 11. Without the notice, only the 180-day limit is
/// computed, with a warning.
#[test]
fn notice_of_appeal_earliest_of_the_rule_8104_periods() {
    use court_deadlines::{RuleBook, Trigger};
    let book = RuleBook::bundled().unwrap();
    let court = book.court("ca-superior").unwrap();
    let entered = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let served = chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
    let t = Trigger::on(entered).event_on("notice-of-entry-served", served);
    let due = court
        .compute("ca-civil.notice-of-appeal-earliest", &t)
        .unwrap();
    assert_eq!(due.date.to_string(), "2026-05-11", "{due}");
    let alone = court
        .compute("ca-civil.notice-of-appeal-earliest", &Trigger::on(entered))
        .unwrap();
    assert_eq!(alone.date.to_string(), "2026-08-31", "{alone}");
    assert!(
        alone
            .warnings
            .iter()
            .any(|w| w.message.contains("not computed"))
    );
}
