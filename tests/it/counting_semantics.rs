//! Counting semantics: the classes of inputs where the engine must not
//! answer confidently and wrongly, or hide a reading.
//!
//! Each test names its authority. Dates marked "hand-computed" were worked
//! out from the rule text quoted, day by day on a calendar, not taken from
//! the engine.

use chrono::NaiveDate;
use court_deadlines::{Direction, ErrorKind, RuleBook, Trigger, WarningCode};
use std::sync::OnceLock;

fn book() -> &'static RuleBook {
    static B: OnceLock<RuleBook> = OnceLock::new();
    B.get_or_init(|| RuleBook::bundled().unwrap_or_else(|e| panic!("{e}")))
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn has(due: &court_deadlines::Deadline, code: WarningCode) -> bool {
    due.warnings.iter().any(|w| w.code == code)
}

// 1. A service extension and a period counted before an event.

#[test]
fn rule_6d_adds_nothing_to_a_period_before_a_hearing() {
    // Fed. R. Civ. P. 6(d): "When a party may or must act within a specified
    // time after being served and service is made under Rule 5(b)(2)(C)
    // (mail) ... 3 days are added". A period counted back from a hearing is
    // not a time "after being served". Hand-computed: 14 days before Monday,
    // December 14, 2026 is Monday, November 30, 2026, whatever the method.
    let cand = book().court("cand").unwrap();
    let t = Trigger::on(d("2026-12-14")).served_by("mail");
    let due = cand
        .compute_period("frcp", "14 days", Direction::Before, &t)
        .unwrap();
    assert_eq!(due.date, d("2026-11-30"));
    assert!(has(&due, WarningCode::ServiceExtensionNotApplied), "{due}");
    // FRAP 26(c) and FRBP 9006(f) speak alike ("after being served";
    // "within a prescribed period after being served").
    for (court, rules, method) in [("ca7", "frap", "mail"), ("paeb", "frbp", "mail")] {
        let c = book().court(court).unwrap();
        let t = Trigger::on(d("2026-12-14")).served_by(method);
        let due = c
            .compute_period(rules, "14 days", Direction::Before, &t)
            .unwrap();
        assert_eq!(due.date, d("2026-11-30"), "{court}");
    }
}

#[test]
fn california_notice_periods_are_still_extended_backward() {
    // Cal. Code Civ. Proc. § 1013(a): "any period of notice ... shall be
    // extended five calendar days" for mail within California; § 12c counts
    // back from the hearing. Hand-computed for a 10-day notice before a
    // hearing on Monday, December 14, 2026: day 10 back is Friday,
    // December 4; five more days back is Sunday, November 29; the last court
    // day before it is Wednesday, November 25 (Thursday, November 26 is
    // Thanksgiving and Friday, November 27 the day after, both California
    // judicial holidays under Code Civ. Proc. § 135).
    let c = book().court("ca-superior").unwrap();
    let t = Trigger::on(d("2026-12-14")).served_by("mail");
    let due = c
        .compute_period("ca-civil", "10 days", Direction::Before, &t)
        .unwrap();
    assert_eq!(due.date, d("2026-11-25"), "{due}");
    assert!(!has(&due, WarningCode::ServiceExtensionNotApplied));
}

#[test]
fn a_rule_set_that_does_not_extend_notice_refuses_a_backward_deadline_with_service() {
    let rules = r#"
[rule_set]
id = "bad"
name = "Bad"
citation = "x"
valid_from = 2000-01-01
[rule_set.counting]
citation = "x"
[service.mail]
name = "Mail"
citation = "x"
add = "3 days"
[event.hearing]
name = "Hearing"
[deadline.notice]
name = "Notice"
citation = "x"
from = "hearing"
period = "14 days"
direction = "before"
service_extension = true
"#;
    let err = RuleBook::builder()
        .toml_str("bad.toml", rules)
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("service_before_events"), "{err}");
}

// 2. The trigger's method applies to its own paper only.

#[test]
fn a_later_papers_method_is_its_own() {
    // Fed. R. Civ. P. 15(a)(1)(B): amend "21 days after service of a
    // responsive pleading"; 6(d) adds 3 days only if THAT paper was mailed.
    // Hand-computed: complaint mailed Saturday, December 5, 2026; answer due
    // 21 days later, Saturday, December 26 -> Monday, December 28 (6(a)(1)(C));
    // 21 days after December 28 is Monday, January 18, 2027, Martin Luther
    // King Jr.'s Birthday (5 U.S.C. § 6103(a)) -> Tuesday, January 19. With
    // the answer mailed: 3 days after January 19 -> Friday, January 22.
    let c = book().court("nysd").unwrap();
    let amend = |t: &Trigger| {
        c.schedule("frcp.complaint-served", t)
            .unwrap()
            .entries
            .into_iter()
            .find(|e| {
                e.deadline.rule.deadline.as_deref() == Some("amend-as-of-course-after-response")
            })
            .unwrap()
            .deadline
    };
    let t = Trigger::on(d("2026-12-05")).served_by("mail");
    let due = amend(&t);
    assert_eq!(due.date, d("2027-01-19"));
    assert!(has(&due, WarningCode::ServiceMethodNotGiven), "{due}");
    let due = amend(
        &t.clone()
            .event_served_by("responsive-pleading-served", "mail"),
    );
    assert_eq!(due.date, d("2027-01-22"));
    assert!(!has(&due, WarningCode::ServiceMethodNotGiven));
}

// 3. An unknown method is always an error.

#[test]
fn unknown_service_methods_are_refused_for_every_deadline() {
    let c = book().court("nysd").unwrap();
    let t = Trigger::on(d("2026-12-05")).served_by("carrier-pigeon");
    for id in ["frcp.answer", "frcp.answer-to-counterclaim"] {
        let e = c.compute(id, &t).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Argument, "{id}");
        assert!(e.to_string().contains("carrier-pigeon"), "{e}");
    }
    assert!(c.schedule("frcp.complaint-served", &t).is_err());
    // "email" is never read as "mail" (that would add 3 days): it is the
    // electronic method (Fed. R. Civ. P. 5(b)(2)(E), "other electronic
    // means"), which adds none since Dec. 1, 2016.
    let t = Trigger::on(d("2026-12-05")).served_by("email");
    let r = c.compute("frcp.answer-to-counterclaim", &t).unwrap();
    assert_eq!(r.trigger.service.as_deref(), Some("electronic"));
    // Served Saturday, December 5, 2026: 21 days is Saturday, December 26,
    // rolled to Monday, December 28; no days added.
    assert_eq!(r.date, d("2026-12-28"));
    // A near miss is never corrected into a method that adds days.
    let t = Trigger::on(d("2026-12-05")).served_by("maill");
    let e = c.compute("frcp.answer", &t).unwrap_err().to_string();
    assert!(!e.contains("did you mean"), "{e}");
    assert!(e.contains("electronic (adds 0 days"), "{e}");
    let t = Trigger::on(d("2026-12-05")).event_served_by("no-such-event", "mail");
    assert!(c.schedule("frcp.complaint-served", &t).is_err());
}

// 4. Ad-hoc periods get the conventions and readings of named ones.

#[test]
fn a_texas_ad_hoc_period_before_a_hearing_matches_the_named_deadline() {
    // Tex. R. Civ. P. 166a(c) (before March 1, 2026): served "at least
    // twenty-one days before the time specified for hearing". Hand-computed
    // for a hearing on Friday, December 19, 2025: day 21 back is Friday,
    // November 28, 2025, the day after Thanksgiving (Tex. Gov't Code
    // § 662.003(b)); backward periods are not extended by Rule 4 (Old
    // Republic Ins. Co. v. Wuensche, 782 S.W.2d 346), so it stands; the safe
    // reading is the last court day before it, Wednesday, November 26.
    let c = book().court("tx-district").unwrap();
    let t = Trigger::on(d("2025-12-19"));
    let named = c.compute("tx-civil.msj-served-before-hearing", &t).unwrap();
    let adhoc = c
        .compute_period("tx-civil", "21 days", Direction::Before, &t)
        .unwrap();
    assert_eq!(named.date, d("2025-11-28"));
    assert_eq!(named.safe_date, d("2025-11-26"));
    assert_eq!((adhoc.date, adhoc.safe_date), (named.date, named.safe_date));
    let ids = |x: &court_deadlines::Deadline| -> Vec<String> {
        x.readings.iter().map(|r| r.id.to_string()).collect()
    };
    assert_eq!(ids(&adhoc), ids(&named));
}

#[test]
fn a_florida_ad_hoc_period_before_a_hearing_shows_the_same_reading() {
    // Fla. R. Civ. P. 1.510(b) (2021): "at least 40 days before the time
    // fixed for the hearing". The named deadline and the same period typed
    // by the user give the same date, safe date and readings.
    let c = book().court("fl-circuit").unwrap();
    let t = Trigger::on(d("2024-03-18"));
    let named = c
        .compute("fl-civil.summary-judgment-motion-before-hearing", &t)
        .unwrap();
    let adhoc = c
        .compute_period("fl-civil", "40 days", Direction::Before, &t)
        .unwrap();
    assert_eq!((adhoc.date, adhoc.safe_date), (named.date, named.safe_date));
    assert!(
        adhoc
            .readings
            .iter()
            .any(|r| &*r.id == "count-from-the-day-before")
    );
}

// 5. Readings where the old rules were read two ways.

#[test]
fn before_2009_a_backward_period_shows_both_rolls() {
    // Former Fed. R. Civ. P. 6(a): the period "runs until the end of the next
    // day which is not one of the aforementioned days". Hand-computed: 21
    // days before Saturday, September 22, 2007 is Saturday, September 1;
    // forward: Tuesday, September 4 (Monday, September 3 was Labor Day);
    // backward (the reading, as 6(a)(5) later settled): Friday, August 31.
    let c = book().court("nysd").unwrap();
    let t = Trigger::on(d("2007-09-22"));
    let due = c
        .compute_period("frcp", "21 days", Direction::Before, &t)
        .unwrap();
    assert_eq!(due.date, d("2007-09-04"));
    assert_eq!(due.safe_date, d("2007-08-31"));
    assert!(has(&due, WarningCode::ReadingsDiffer));
    // After Dec. 1, 2009 the reading is not shown at all.
    let t = Trigger::on(d("2012-09-22"));
    let due = c
        .compute_period("frcp", "21 days", Direction::Before, &t)
        .unwrap();
    assert!(
        due.readings
            .iter()
            .all(|r| &*r.id != "pre-2009-backward-periods-roll-back")
    );
}

#[test]
fn before_2005_the_mail_days_show_both_orders() {
    // Former Rule 6(e): "3 days shall be added to the prescribed period"
    // (RECALLED wording). Hand-computed for a 10-day period after a paper
    // mailed Friday, March 5, 2004: counted in business days (periods under
    // 11 days, former 6(a)) it ends Friday, March 19, and 3 days after is
    // Monday, March 22 (the 2005 method); as a 13-day period it counts every
    // day and ends Thursday, March 18.
    let c = book().court("nysd").unwrap();
    let t = Trigger::on(d("2004-03-05")).served_by("mail");
    let due = c
        .compute_period("frcp", "10 days", Direction::After, &t)
        .unwrap();
    assert_eq!(due.date, d("2004-03-22"), "{due}");
    assert_eq!(due.safe_date, d("2004-03-18"), "{due}");
}

#[test]
fn california_court_closure_days_are_a_reading_in_federal_court() {
    // Cal. Gov. Code § 68106(b)(1) closed the state's courts on Wednesday,
    // December 16, 2009, a day "treated as a holiday" for judicial business.
    // Hand-computed: 14 days after Wednesday, December 2, 2009 is December
    // 16; counting it as a state holiday (Fed. R. Civ. P. 6(a)(6)(C)) gives
    // Thursday, December 17; the reading that it is not gives December 16.
    let c = book().court("cand").unwrap();
    let t = Trigger::on(d("2009-12-02"));
    let due = c
        .compute_period("frcp", "14 days", Direction::After, &t)
        .unwrap();
    assert_eq!(due.date, d("2009-12-17"));
    assert_eq!(due.safe_date, d("2009-12-16"));
    // The state's own courts count the day as a holiday with no reading.
    let sup = book().court("ca-superior").unwrap();
    let due = sup
        .compute_period("ca-civil", "14 days", Direction::After, &t)
        .unwrap();
    assert_eq!(
        (due.date, due.safe_date),
        (d("2009-12-17"), d("2009-12-17"))
    );
}

// 6. Missing state calendars are said.

#[test]
fn an_origin_court_without_its_state_calendar_is_named() {
    // Fed. R. App. P. 26(a)(6)(C): a holiday of the state of the district
    // court counts. The Virgin Islands' calendar is not bundled: the result
    // says so.
    let c = book().court("ca3").unwrap();
    let t = Trigger::on(d("2025-02-17")).origin_court("vid");
    let due = c
        .compute_period("frap", "14 days", Direction::After, &t)
        .unwrap();
    assert!(
        due.warnings
            .iter()
            .any(|w| w.code == WarningCode::StateHolidaysNotApplied && w.message.contains("vid")),
        "{due}"
    );
    let t = Trigger::on(d("2025-02-17")).origin_court("njd");
    let due = c
        .compute_period("frap", "14 days", Direction::After, &t)
        .unwrap();
    assert!(!has(&due, WarningCode::StateHolidaysNotApplied), "{due}");
}

// 7. Combined deadlines with a missing part are provisional.

#[test]
fn a_combined_deadline_missing_a_part_is_provisional() {
    // Cal. Rules of Court, rule 8.104(a)(1): the earliest of 60 days after
    // service of notice of entry and 180 days after entry. Without the date
    // of service, only the outer limit is known: provisional.
    let c = book().court("ca-superior").unwrap();
    let t = Trigger::on(d("2026-03-02"));
    let due = c.compute("ca-civil.notice-of-appeal-earliest", &t).unwrap();
    assert!(due.provisional);
    assert!(has(&due, WarningCode::Provisional));
    assert!(due.to_string().contains("PROVISIONAL"));
    let json = serde_json::to_value(&due).unwrap();
    assert_eq!(json["provisional"], true);
    let t = t.event_on("notice-of-entry-served", d("2026-03-10"));
    let due = c.compute("ca-civil.notice-of-appeal-earliest", &t).unwrap();
    assert!(!due.provisional);
}

// A second, deliberately naive implementation of the federal day-counting
// rules, written from the text of Fed. R. Civ. P. 6, Fed. R. App. P. 26,
// Fed. R. Bankr. P. 9006 and Fed. R. Crim. P. 45 and of 5 U.S.C. § 6103,
// sharing no code with the engine. The one thing it borrows is the set of
// STATE holidays (each state calendar is tested against official lists on
// its own): it asks the bundled state calendar whether a day is closed.
#[path = "../common/naive.rs"]
mod naive;

#[test]
fn the_engine_agrees_with_a_naive_reading_of_the_federal_rules() {
    let (checked, mismatches) = naive::compare(book(), 100_000, 0x5eed_2026);
    assert!(checked >= 100_000, "only {checked} queries were comparable");
    assert!(
        mismatches.is_empty(),
        "{} of {checked} disagree, e.g.:\n{}",
        mismatches.len(),
        mismatches
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn a_states_legal_holiday_on_which_its_courts_sit_is_a_reading() {
    // 205 ILCS 630/17(a) makes the first Monday in March (Casimir Pulaski's
    // birthday) a legal holiday; Illinois courts and offices generally stay
    // open (the calendar marks it court_open). FRAP 26(a)(6)(C) counts "any
    // other day declared a holiday by the state" of the district court.
    // Hand-computed: 14 days after Monday, February 17, 2025 is Monday,
    // March 3, 2025, Pulaski Day. Counted as an ordinary day (as Smith v.
    // State, W.D. Mich. 2007, counted Michigan's Lincoln's Birthday) the
    // deadline is March 3; read literally, March 4. Both are shown.
    let c = book().court("ca9").unwrap();
    let t = Trigger::on(d("2025-02-17")).origin_court("ilnd");
    let due = c
        .compute_period("frap", "14 days", Direction::After, &t)
        .unwrap();
    assert_eq!(due.date, d("2025-03-03"));
    let literal = due
        .readings
        .iter()
        .find(|r| &*r.id == "state-open-holidays-counted")
        .unwrap();
    assert_eq!(literal.date, d("2025-03-04"));
    assert_eq!(due.safe_date, d("2025-03-03"));
    // The calendar lists the day, marked as one on which the court is open.
    let il = book().calendar("us-il").unwrap();
    assert!(il.is_court_day(d("2025-03-03")).unwrap());
    let open = il.declared_open_holidays(d("2025-03-03")).unwrap();
    assert_eq!(open.len(), 1);
    assert!(
        open[0].to_string().contains("courts stay open"),
        "{}",
        open[0]
    );
}

#[test]
fn a_schedule_displays_one_line_per_deadline() {
    let c = book().court("nysd").unwrap();
    let s = c
        .schedule("frcp.complaint-served", &Trigger::on(d("2026-11-27")))
        .unwrap();
    let text = s.to_string();
    // Fed. R. Civ. P. 12(a)(1)(A)(i): 21 days after Friday, November 27,
    // 2026 is Friday, December 18.
    assert!(text.contains("Fri 2026-12-18  Answer"), "{text}");
    assert_eq!(
        text.lines().count(),
        1 + s.entries.len() + s.entries.iter().map(|e| e.assumed.len()).sum::<usize>()
    );
}
