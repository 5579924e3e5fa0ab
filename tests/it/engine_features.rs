//! One test per feature of the rule-set vocabulary, on a synthetic rule set
//! ("lab") layered over the bundled calendars. Each expected date is worked
//! out by hand in the comment above it, from the federal calendar for
//! 2025 (5 U.S.C. § 6103: Labor Day Monday, September 1; Juneteenth
//! Thursday, June 19; Memorial Day Monday, May 26; Christmas Thursday,
//! December 25; executive-order closures Wednesday, December 24 and Friday,
//! December 26, E.O. 14371) and Massachusetts' Patriots' Day (Monday,
//! April 21, 2025; M.G.L. c. 4, § 7).

use std::sync::OnceLock;

use chrono::{NaiveDate, NaiveDateTime, Timelike};
use court_deadlines::{
    Deadline, Direction, ErrorKind, Reason, RuleBook, StepKind, Trigger, WarningCode,
};

const LAB: &str = r#"
[rule_set]
id = "lab"
name = "Laboratory rules"
citation = "Lab R. 1"
valid_from = 2000-01-01

[rule_set.counting]
citation = "Lab R. 6(a)"
start = "exclude-trigger-day"
roll = "counting-direction"
month_end = "clamp"
state_holidays = "forward-only"
inaccessibility = "Lab R. 6(a)(3)"
service_before_events = true

[[rule_set.counting.history]]
until = 2009-11-30
citation = "Lab R. 6(a) (old)"
short_period_under = 11
roll = "forward"

[rule_set.filing]
citation = "Lab R. 6(a)(4)"
electronic = "24:00"
paper = "clerk-closes"

[service.mail]
name = "Mail"
citation = "Lab R. 6(d)"
add = "3 days"
when = "after-period"

[service.electronic]
name = "Electronic service"
citation = "Lab R. 6(d) (2016)"
add = "0 days"
[[service.electronic.history]]
until = 2016-11-30
add = "3 days"
citation = "Lab R. 6(d) (2001)"

[service.mail-out-of-state]
name = "Mail out of state"
citation = "Lab R. 1013"
add = "5 days"
when = "extends-period"

[service.overnight]
name = "Overnight delivery"
citation = "Lab R. 1013(c)"
add = "2 court days"
when = "extends-period"

[[reading]]
id = "eo-open"
name = "Executive-order closures are not legal holidays"
citation = "Lab note"
executive_order_closures = "open"

[event.served]
name = "Paper served"

[event.entered]
name = "Judgment entered"

[event.hearing]
name = "Hearing"

[event.reply-served]
name = "Reply served"
expected = "reply"

[event.judgment-later]
name = "Later judgment"
citation = "Lab R. 9"

[deadline.response]
name = "Response"
citation = "Lab R. 12"
from = "served"
period = "21 days"
service_extension = true
[[deadline.response.history]]
until = 2009-11-30
period = "20 days"
citation = "Lab R. 12 (old)"

[deadline.new-trial]
name = "New-trial motion"
citation = "Lab R. 59"
from = "entered"
period = "28 days"

[deadline.reply]
name = "Reply"
citation = "Lab R. 13"
from = "served"
period = "10 days"
service_extension = true

[deadline.sur-reply]
name = "Sur-reply"
citation = "Lab R. 14"
from = "reply-served"
period = "5 days"

[deadline.answer-monday]
name = "Answer (Monday next)"
citation = "Lab R. 99(b)"
from = "served"
period = "20 days"
adjust = "next-monday"

[deadline.notice]
name = "Notice before hearing"
citation = "Lab R. 6(c)"
from = "hearing"
period = "10 days"
direction = "before"
service_extension = true

[deadline.notice-no-roll]
name = "Notice before hearing (no roll)"
citation = "Lab R. 6(c)"
from = "hearing"
period = "30 days"
direction = "before"
roll = "none"

[deadline.late]
name = "A rule adopted later"
citation = "Lab R. 99"
from = "judgment-later"
period = "14 days"
from_date = 2020-01-01

[deadline.month]
name = "One month"
citation = "Lab R. 30"
from = "entered"
period = "1 month"

[deadline.month-next]
name = "One month (next month start)"
citation = "Lab R. 30"
from = "entered"
period = "1 month"
month_end = "next-month-start"

[deadline.month-refuse]
name = "One month (refuse)"
citation = "Lab R. 30"
from = "entered"
period = "1 month"
month_end = "refuse"

[deadline.extend-reading]
name = "Response (with a reading on the order of roll and extension)"
citation = "Lab R. 1013"
from = "served"
period = "15 days"
service_extension = true
[[deadline.extend-reading.reading]]
id = "extension-after-roll"
name = "Service days added after the roll"
citation = "Lab note 2"
service_when = "after-period"

[deadline.answer-by-ten]
name = "Answer by 10:00 a.m. on the Monday next"
citation = "Lab R. 99(b)"
from = "served"
period = "20 days"
adjust = "next-monday"
cutoff = "10:00"

[event.mailed]
name = "Summons mailed after substituted service"

[event.service-completed]
name = "Service complete"
expected = "service-complete"

[deadline.service-complete]
name = "Substituted service complete"
citation = "Lab R. 415.20"
from = "mailed"
period = "10 days"
kind = "completion"

[deadline.response-after-completion]
name = "Response after substituted service"
citation = "Lab R. 412.20"
from = "service-completed"
period = "30 days"

[deadline.mandate]
name = "Mandate (7 calendar days)"
citation = "Lab R. 41(b)"
from = "entered"
period = "7 days"
calendar_days = true

[deadline.moving-papers]
name = "Moving papers before a hearing"
citation = "Lab R. 1005(b)"
from = "hearing"
period = "16 court days"
direction = "before"
service_extension = true
[deadline.moving-papers.services]
overnight = "2 days"

[event.notice-served]
name = "Notice of entry served"

[event.first-notice-filed]
name = "First notice of appeal filed"

[deadline.appeal-after-notice]
name = "Notice of appeal, 60 days after notice of entry"
citation = "Lab R. 8.104(a)(1)(A)"
from = "notice-served"
period = "60 days"

[deadline.appeal-outer-limit]
name = "Notice of appeal, 180 days after entry"
citation = "Lab R. 8.104(a)(1)(C)"
from = "entered"
period = "180 days"

[deadline.appeal]
name = "Notice of appeal (the earliest of)"
citation = "Lab R. 8.104(a)(1)"
earliest_of = ["appeal-outer-limit", "appeal-after-notice"]

[deadline.opposition]
name = "Opposition (does e-service extend it?)"
citation = "Lab R. 1005(b)"
from = "hearing"
period = "9 court days"
direction = "before"
service_extension = false
[[deadline.opposition.reading]]
id = "e-service-extends"
name = "Electronic service adds its court days"
citation = "Lab ruling (2024)"
service_extension = true

[deadline.cross-after-first]
name = "Cross-appeal, 14 days after the first notice"
citation = "Lab R. 4(a)(3)"
from = "first-notice-filed"
period = "14 days"

[deadline.cross-ordinary]
name = "Cross-appeal, the ordinary 30 days"
citation = "Lab R. 4(a)(1)"
from = "entered"
period = "30 days"

[deadline.cross-appeal]
name = "Cross-appeal (whichever period ends later)"
citation = "Lab R. 4(a)(3)"
latest_of = ["cross-ordinary", "cross-after-first"]

[[example]]
source = "hand-computed: 10 days after Friday, August 22, 2025 is Monday, September 1 (Labor Day), so Tuesday, September 2"
court = "lab-dc"
period = "10 days"
after = 2025-08-22
expect = 2025-09-02
"#;

const FLORIDA_LIKE: &str = r#"
[rule_set]
id = "lab-fl"
name = "Laboratory rules, counting from the next court day"
citation = "Lab Fla. R. 2.514"
valid_from = 2000-01-01

[rule_set.counting]
citation = "Lab Fla. R. 2.514(a)(1)(A)"
start = "next-court-day"

[event.served]
name = "Served"

[deadline.before-trial]
name = "Notice before trial"
citation = "Lab Fla. R. 1.440"
from = "served"
period = "10 days"
direction = "before"
[[deadline.before-trial.reading]]
id = "plain-start"
name = "Counting starts with the day before the event"
citation = "Lab note 3"
start = "exclude-trigger-day"
"#;

const TEXAS_LIKE: &str = r#"
[rule_set]
id = "lab-tx"
name = "Laboratory rules, short periods of 5 days or less"
citation = "Lab Tex. R. 4"
valid_from = 2000-01-01

[rule_set.counting]
citation = "Lab Tex. R. 4"
short_period_max = 5

[event.served]
name = "Served"
"#;

const COURTS: &str = r#"
[court.lab-dc]
name = "Laboratory court in Washington"
rule_sets = ["lab", "lab-fl", "lab-tx"]
calendars = ["us-federal"]
state = "DC"
time_zone = "America/New_York"
filing = { electronic = "24:00", paper = "16:30" }
filing_citation = "Lab L.R. 5"

[court.lab-ma]
name = "Laboratory court in Boston"
rule_sets = ["lab"]
calendars = ["us-federal"]
forward_only_calendars = ["us-ma"]
state = "MA"
time_zone = "America/New_York"

[court.lab-late]
name = "Laboratory court that closes filing at 5 p.m."
rule_sets = ["lab"]
calendars = ["us-federal"]
forward_only_calendars = ["us-ma"]
time_zone = "America/Chicago"
filing = { electronic = "17:00" }
filing_citation = "Lab L.R. 26.1 (2023)"

[[court.lab-late.filing_history]]
until = 2023-06-30
electronic = "24:00"
citation = "Lab L.R. 26.1 (before 2023)"
"#;

fn book() -> &'static RuleBook {
    static B: OnceLock<RuleBook> = OnceLock::new();
    B.get_or_init(|| {
        RuleBook::builder()
            .bundled()
            .toml_str("lab.toml", LAB)
            .toml_str("lab-fl.toml", FLORIDA_LIKE)
            .toml_str("lab-tx.toml", TEXAS_LIKE)
            .toml_str("lab-courts.toml", COURTS)
            .build()
            .unwrap_or_else(|e| panic!("{e}"))
    })
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn dt(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
}

fn period(court: &str, rules: &str, p: &str, dir: Direction, t: &Trigger) -> Deadline {
    book()
        .court(court)
        .unwrap()
        .compute_period(rules, p, dir, t)
        .unwrap_or_else(|e| panic!("{e}"))
}

fn named(court: &str, id: &str, t: &Trigger) -> Deadline {
    book()
        .court(court)
        .unwrap()
        .compute(id, t)
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn days_after_roll_forward_over_labor_day() {
    // 10 days after Fri 2025-08-22 = Mon 2025-09-01 (Labor Day) -> Tue 09-02.
    let r = period(
        "lab-dc",
        "lab",
        "10 days",
        Direction::After,
        &Trigger::on(d("2025-08-22")),
    );
    assert_eq!(r.date, d("2025-09-02"), "{r}");
    let roll = r
        .steps
        .iter()
        .find(|s| s.kind == StepKind::Roll)
        .expect("a roll step");
    assert_eq!(roll.skipped[0].date, d("2025-09-01"));
    // The reason is structured: name and citation apart, and the sentence
    // derived from them.
    let reason = &roll.skipped[0].reasons[0];
    match reason {
        Reason::Holiday {
            name,
            citation,
            date,
            ..
        } => {
            assert_eq!(&**name, "Labor Day");
            assert!(citation.starts_with("5 U.S.C. § 6103(a)"), "{citation}");
            assert_eq!(*date, d("2025-09-01"));
        }
        other => panic!("expected a holiday, got {other:?}"),
    }
    assert!(
        reason
            .to_string()
            .starts_with("Labor Day, 5 U.S.C. § 6103(a)"),
        "{reason}"
    );
}

#[test]
fn court_days_skip_closed_days() {
    // 3 court days after Fri 2025-08-29: Tue 09-02, Wed 09-03, Thu 09-04.
    let r = period(
        "lab-dc",
        "lab",
        "3 court days",
        Direction::After,
        &Trigger::on(d("2025-08-29")),
    );
    assert_eq!(r.date, d("2025-09-04"));
    // 3 court days before Wed 2025-09-03: Tue 09-02, Fri 08-29, Thu 08-28.
    let r = period(
        "lab-dc",
        "lab",
        "3 court days",
        Direction::Before,
        &Trigger::on(d("2025-09-03")),
    );
    assert_eq!(r.date, d("2025-08-28"));
}

#[test]
fn weeks_are_seven_days() {
    // 2 weeks after Mon 2025-03-03 = Mon 2025-03-17.
    let r = period(
        "lab-dc",
        "lab",
        "2 weeks",
        Direction::After,
        &Trigger::on(d("2025-03-03")),
    );
    assert_eq!(r.date, d("2025-03-17"));
}

#[test]
fn month_end_policies() {
    let t = Trigger::on(d("2025-01-31"));
    // clamp: February 2025 has no 31st -> Fri 2025-02-28.
    let r = named("lab-dc", "lab.month", &t);
    assert_eq!(r.date, d("2025-02-28"));
    assert!(r.steps.iter().any(|s| s.text.contains("clamp")), "{r}");
    // next-month-start: Sat 2025-03-01 -> rolled to Mon 03-03.
    assert_eq!(named("lab-dc", "lab.month-next", &t).date, d("2025-03-03"));
    // refuse: an error that says why.
    let e = book()
        .court("lab-dc")
        .unwrap()
        .compute("lab.month-refuse", &t)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Invalid);
    assert!(e.to_string().contains("refuse"), "{e}");
    // A day that exists: 1 month after 2025-01-15 = Sat 02-15 -> Tue 02-18
    // (Mon 02-17 is Washington's Birthday).
    assert_eq!(
        named("lab-dc", "lab.month", &Trigger::on(d("2025-01-15"))).date,
        d("2025-02-18")
    );
}

#[test]
fn years_by_anniversary() {
    // 1 year after Thu 2024-02-29: 2025 has no February 29 -> Fri 2025-02-28.
    let r = period(
        "lab-dc",
        "lab",
        "1 year",
        Direction::After,
        &Trigger::on(d("2024-02-29")),
    );
    assert_eq!(r.date, d("2025-02-28"));
}

#[test]
fn hours_run_on_the_clock_across_dst() {
    // 72 hours from 10:00 EDT Sat 2025-11-01; clocks go back 2025-11-02, so
    // the period ends 09:00 EST Tue 2025-11-04 (a court day).
    let r = period(
        "lab-dc",
        "lab",
        "72 hours",
        Direction::After,
        &Trigger::at(dt("2025-11-01T10:00")),
    );
    let at = r.due_at.expect("an instant");
    assert_eq!(at.naive_local(), dt("2025-11-04T09:00"));
    assert_eq!(at.offset().local_minus_utc(), -5 * 3600);
    assert!(
        r.cutoffs.is_empty(),
        "6(a)(4) does not apply to hour periods"
    );
}

#[test]
fn hours_ending_on_a_closed_day_run_to_the_same_time_next_court_day() {
    // 24 hours after 14:17 Fri 2025-03-07 = 14:17 Sat 03-08 -> 14:17 Mon
    // 03-10 (now EDT: clocks went forward on Sunday 03-09).
    let r = period(
        "lab-dc",
        "lab",
        "24 hours",
        Direction::After,
        &Trigger::at(dt("2025-03-07T14:17")),
    );
    let at = r.due_at.unwrap();
    assert_eq!(at.naive_local(), dt("2025-03-10T14:17"));
    assert_eq!(at.offset().local_minus_utc(), -4 * 3600);
}

#[test]
fn a_nonexistent_trigger_time_is_resolved_and_flagged() {
    // 02:30 on 2025-03-09 does not exist in New York (clocks jump to 03:00).
    let r = period(
        "lab-dc",
        "lab",
        "24 hours",
        Direction::After,
        &Trigger::at(dt("2025-03-09T02:30")),
    );
    assert!(
        r.warnings
            .iter()
            .any(|w| w.code == WarningCode::AmbiguousLocalTime),
        "{r}"
    );
    // 03:00 EDT + 24 h = 03:00 EDT Mon 03-10.
    assert_eq!(r.due_at.unwrap().naive_local(), dt("2025-03-10T03:00"));
}

#[test]
fn an_hour_period_needs_a_time() {
    let e = book()
        .court("lab-dc")
        .unwrap()
        .compute_period(
            "lab",
            "24 hours",
            Direction::After,
            &Trigger::on(d("2025-03-07")),
        )
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Argument);
}

#[test]
fn counting_from_the_next_court_day() {
    // Day 1 is the first court day after Fri 2025-08-29: Tue 09-02 (Sat,
    // Sun and Labor Day skipped); day 10 is Thu 09-11.
    let r = period(
        "lab-dc",
        "lab-fl",
        "10 days",
        Direction::After,
        &Trigger::on(d("2025-08-29")),
    );
    assert_eq!(r.date, d("2025-09-11"), "{r}");
}

#[test]
fn rolls_in_each_direction_or_not_at_all() {
    // 30 days before Mon 2025-12-01 = Sat 11-01: counting direction -> Fri 10-31.
    let r = named(
        "lab-dc",
        "lab.notice-no-roll",
        &Trigger::on(d("2025-12-01")),
    );
    assert_eq!(r.date, d("2025-11-01"), "roll = none leaves the day");
    assert!(
        r.warnings
            .iter()
            .any(|w| w.code == WarningCode::EndsOnClosedDay),
        "{r}"
    );
    let r = period(
        "lab-dc",
        "lab",
        "30 days",
        Direction::Before,
        &Trigger::on(d("2025-12-01")),
    );
    assert_eq!(r.date, d("2025-10-31"));
    // The pre-2009 convention rolls forward only: -> Mon 11-03.
    let t = Trigger::on(d("2025-12-01")).as_of(d("2009-01-01"));
    let r = period("lab-dc", "lab", "30 days", Direction::Before, &t);
    assert_eq!(r.date, d("2025-11-03"), "{r}");
}

#[test]
fn short_periods_count_only_court_days() {
    // Before 2009-12-01, periods under 11 days skip closed days: 10 days
    // after Fri 2025-08-22: 08-25..08-29 (5), 09-02..09-05 (9), 09-08 (10).
    let t = Trigger::on(d("2025-08-22")).as_of(d("2009-01-01"));
    assert_eq!(
        period("lab-dc", "lab", "10 days", Direction::After, &t).date,
        d("2025-09-08")
    );
    // Periods of 5 days or less (Texas-like): 5 days after Fri 2025-08-29:
    // 09-02, 09-03, 09-04, 09-05, 09-08.
    let t = Trigger::on(d("2025-08-29"));
    assert_eq!(
        period("lab-dc", "lab-tx", "5 days", Direction::After, &t).date,
        d("2025-09-08")
    );
    assert_eq!(
        period("lab-dc", "lab-tx", "6 days", Direction::After, &t).date,
        d("2025-09-04")
    );
}

#[test]
fn service_days_after_the_period_expires_then_roll() {
    // 30 days after Thu 2025-04-24 = Sat 05-24; Mon 05-26 is Memorial Day,
    // so the period expires Tue 05-27; 3 days added: Fri 05-30.
    let t = Trigger::on(d("2025-04-24")).served_by("mail");
    let r = period("lab-dc", "lab", "30 days", Direction::After, &t);
    assert_eq!(r.date, d("2025-05-30"), "{r}");
    let kinds: Vec<StepKind> = r.steps.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            StepKind::Start,
            StepKind::Count,
            StepKind::Roll,
            StepKind::Extend
        ]
    );
}

#[test]
fn service_days_added_to_the_period_before_rolling() {
    // extends-period: 15 days after Fri 2025-06-06 = Sat 06-21; + 5 = Thu 06-26.
    let t = Trigger::on(d("2025-06-06")).served_by("mail-out-of-state");
    let r = named("lab-dc", "lab.extend-reading", &t);
    assert_eq!(r.date, d("2025-06-26"), "{r}");
    // The alternative reading (roll first, then add): Mon 06-23 + 5 = Sat
    // 06-28 -> Mon 06-30. The safe date is the earlier.
    let alt = r
        .readings
        .iter()
        .find(|x| &*x.id == "extension-after-roll")
        .unwrap();
    assert_eq!(alt.date, d("2025-06-30"));
    assert_eq!(r.safe_date, d("2025-06-26"));
    assert!(
        r.warnings
            .iter()
            .any(|w| w.code == WarningCode::ReadingsDiffer)
    );
}

#[test]
fn service_days_before_a_hearing_are_counted_further_back() {
    // 10 days before Mon 2025-06-30 = Fri 06-20; 5 more back = Sun 06-15,
    // rolled backward to Fri 06-13.
    let t = Trigger::on(d("2025-06-30")).served_by("mail-out-of-state");
    assert_eq!(named("lab-dc", "lab.notice", &t).date, d("2025-06-13"));
}

#[test]
fn court_day_extensions() {
    // 10 days after Mon 2025-06-09 = Thu 06-19 (Juneteenth); + 2 court days:
    // Fri 06-20, Mon 06-23.
    let t = Trigger::on(d("2025-06-09")).served_by("overnight");
    assert_eq!(named("lab-dc", "lab.reply", &t).date, d("2025-06-23"));
}

#[test]
fn periods_from_entry_get_no_service_extension() {
    // 28 days after Mon 2025-03-03 = Mon 03-31, mail or not.
    let t = Trigger::on(d("2025-03-03")).served_by("mail");
    let r = named("lab-dc", "lab.new-trial", &t);
    assert_eq!(r.date, d("2025-03-31"));
    assert!(
        r.warnings
            .iter()
            .any(|w| w.message.contains("no service extension")),
        "{r}"
    );
}

#[test]
fn unknown_service_methods_are_errors() {
    let t = Trigger::on(d("2025-03-03")).served_by("pigeon");
    let e = book()
        .court("lab-dc")
        .unwrap()
        .compute("lab.response", &t)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Argument);
    assert!(e.to_string().contains("pigeon"), "{e}");
}

#[test]
fn monday_next_after_the_period() {
    // 20 days after Fri 2025-08-01 = Thu 08-21; the Monday next is 08-25.
    assert_eq!(
        named("lab-dc", "lab.answer-monday", &Trigger::on(d("2025-08-01"))).date,
        d("2025-08-25")
    );
    // 20 days after Tue 2025-08-05 = Mon 08-25; the Monday next after it is
    // 09-01, Labor Day, so Tue 09-02.
    assert_eq!(
        named("lab-dc", "lab.answer-monday", &Trigger::on(d("2025-08-05"))).date,
        d("2025-09-02")
    );
}

#[test]
fn state_holidays_count_only_forward() {
    // Patriots' Day, Mon 2025-04-21. 10 days after Fri 04-11 lands on it:
    // forward, it counts -> Tue 04-22.
    let fwd = period(
        "lab-ma",
        "lab",
        "10 days",
        Direction::After,
        &Trigger::on(d("2025-04-11")),
    );
    assert_eq!(fwd.date, d("2025-04-22"));
    assert!(
        fwd.steps.iter().any(|s| s
            .skipped
            .iter()
            .any(|k| k.reasons.iter().any(|r| r.to_string().contains("Patriots")))),
        "{fwd}"
    );
    // 10 days before Thu 05-01 lands on it too: backward, it does not count.
    let back = period(
        "lab-ma",
        "lab",
        "10 days",
        Direction::Before,
        &Trigger::on(d("2025-05-01")),
    );
    assert_eq!(back.date, d("2025-04-21"));
    // A court whose state has no bundled calendar carries a warning.
    let dc = period(
        "lab-dc",
        "lab",
        "10 days",
        Direction::After,
        &Trigger::on(d("2025-04-11")),
    );
    assert!(
        dc.warnings
            .iter()
            .any(|w| w.code == WarningCode::StateHolidaysNotApplied)
    );
    assert!(
        !fwd.warnings
            .iter()
            .any(|w| w.code == WarningCode::StateHolidaysNotApplied)
    );
}

#[test]
fn inaccessibility_moves_forward_even_for_backward_periods() {
    // 10 days before Thu 2025-05-01 = Mon 04-21; the clerk's office was
    // inaccessible that day -> Tue 04-22.
    let t = Trigger::on(d("2025-05-01")).inaccessible(d("2025-04-21"));
    let r = period("lab-ma", "lab", "10 days", Direction::Before, &t);
    assert_eq!(r.date, d("2025-04-22"));
    assert_eq!(r.steps.last().unwrap().kind, StepKind::Inaccessible);
    assert_eq!(
        r.steps.last().unwrap().citation.as_deref(),
        Some("Lab R. 6(a)(3)")
    );
}

#[test]
fn caller_supplied_closures() {
    // 10 days after Mon 2025-03-03 = Thu 03-13; closed by the caller -> Fri 03-14.
    let t = Trigger::on(d("2025-03-03")).closed(d("2025-03-13"));
    let r = period("lab-dc", "lab", "10 days", Direction::After, &t);
    assert_eq!(r.date, d("2025-03-14"));
    assert!(
        format!("{r}").contains("closure supplied by the caller"),
        "{r}"
    );
}

#[test]
fn filing_cutoffs_in_the_courts_time_zone() {
    let r = period(
        "lab-dc",
        "lab",
        "10 days",
        Direction::After,
        &Trigger::on(d("2025-03-03")),
    );
    let e = &r.cutoffs[0];
    assert_eq!(e.method, "electronic");
    let at = e.at.unwrap();
    assert_eq!(
        (at.naive_local().hour(), at.naive_local().minute()),
        (23, 59)
    );
    assert_eq!(
        at.offset().local_minus_utc(),
        -4 * 3600,
        "EDT on 2025-03-13"
    );
    let p = &r.cutoffs[1];
    assert_eq!(p.method, "paper");
    assert_eq!(p.at.unwrap().naive_local().time().hour(), 16);
    assert_eq!(p.citation.as_deref(), Some("Lab L.R. 5"));
    // A court's own electronic cut-off overrides the rule set's midnight.
    let r = period(
        "lab-late",
        "lab",
        "10 days",
        Direction::After,
        &Trigger::on(d("2025-03-03")),
    );
    let at = r.cutoffs[0].at.unwrap();
    assert_eq!(
        (at.naive_local().hour(), at.offset().local_minus_utc()),
        (17, -5 * 3600)
    );
    assert!(r.cutoffs[1].at.is_none(), "paper hours not recorded");
}

#[test]
fn the_version_in_force_applies() {
    // Electronic service added 3 days through 2016-11-30: 14 days after Mon
    // 2016-11-14 = Mon 11-28; + 3 = Thu 12-01.
    let t = Trigger::on(d("2016-11-14")).served_by("electronic");
    assert_eq!(
        period("lab-dc", "lab", "14 days", Direction::After, &t).date,
        d("2016-12-01")
    );
    // From 2016-12-01 nothing is added: 14 days after Mon 12-05 = Mon 12-19.
    let t = Trigger::on(d("2016-12-05")).served_by("electronic");
    assert_eq!(
        period("lab-dc", "lab", "14 days", Direction::After, &t).date,
        d("2016-12-19")
    );
    // ... unless the caller asks for the rules of an earlier date.
    let t = t.as_of(d("2016-11-30"));
    assert_eq!(
        period("lab-dc", "lab", "14 days", Direction::After, &t).date,
        d("2016-12-22")
    );
    // A deadline's own history: 20 days before 2009-12-01 (Mon 2009-11-02
    // + 20 = Sun 11-22 -> Mon 11-23), 21 after (Mon 2025-03-03 + 21 = Mon 03-24).
    let r = named("lab-dc", "lab.response", &Trigger::on(d("2009-11-02")));
    assert_eq!(r.date, d("2009-11-23"));
    assert_eq!(
        r.rule.version.as_deref(),
        Some("Lab R. 12 (old) (in force through 2009-11-30)")
    );
    assert_eq!(
        named("lab-dc", "lab.response", &Trigger::on(d("2025-03-03"))).date,
        d("2025-03-24")
    );
}

#[test]
fn a_deadline_not_yet_in_force_is_an_error() {
    let e = book()
        .court("lab-dc")
        .unwrap()
        .compute("lab.late", &Trigger::on(d("2019-06-03")))
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Argument);
    assert!(
        e.to_string().contains("in force only from 2020-01-01"),
        "{e}"
    );
}

#[test]
fn executive_order_closures_as_a_reading() {
    // 30 days after Mon 2025-11-24 = Wed 12-24 (E.O. 14371). As closures:
    // Thu 12-25 Christmas, Fri 12-26 E.O., the weekend -> Mon 12-29. Read as
    // open days: Wed 12-24 stands, and it is the safe date.
    let r = period(
        "lab-dc",
        "lab",
        "30 days",
        Direction::After,
        &Trigger::on(d("2025-11-24")),
    );
    assert_eq!(r.date, d("2025-12-29"), "{r}");
    let open = r.readings.iter().find(|x| &*x.id == "eo-open").unwrap();
    assert_eq!(open.date, d("2025-12-24"));
    assert_eq!(r.safe_date, d("2025-12-24"));
}

#[test]
fn schedules_follow_expected_events() {
    // From service on Mon 2025-03-03: the reply is due 10 days later, Thu
    // 03-13; the reply is assumed served that day, so the sur-reply is due
    // 5 days later, Tue 03-18.
    let court = book().court("lab-dc").unwrap();
    let s = court
        .schedule("lab.served", &Trigger::on(d("2025-03-03")))
        .unwrap();
    let sur = s
        .entries
        .iter()
        .find(|e| e.deadline.rule.deadline.as_deref() == Some("sur-reply"))
        .unwrap();
    assert_eq!(sur.deadline.date, d("2025-03-18"));
    assert!(sur.assumed[0].contains("assumed"), "{:?}", sur.assumed);
    // With the actual date given: reply served Thu 03-20 -> Tue 03-25.
    let t = Trigger::on(d("2025-03-03")).event_on("reply-served", d("2025-03-20"));
    let s = court.schedule("lab.served", &t).unwrap();
    assert!(
        court.schedule("served", &t).is_err(),
        "ambiguous across the court's rule sets"
    );
    let sur = s
        .entries
        .iter()
        .find(|e| e.deadline.rule.deadline.as_deref() == Some("sur-reply"))
        .unwrap();
    assert_eq!(sur.deadline.date, d("2025-03-25"));
    // Entries are in date order.
    assert!(
        s.entries
            .windows(2)
            .all(|w| w[0].deadline.date <= w[1].deadline.date)
    );
}

#[test]
fn examples_in_firm_files_run_too() {
    let outcomes = book().run_examples();
    let lab: Vec<_> = outcomes.iter().filter(|o| o.rule_set == "lab").collect();
    assert_eq!(lab.len(), 1);
    assert!(lab[0].passed, "{}", lab[0].message);
}

#[test]
fn results_serialize_with_stable_field_names() {
    let t = Trigger::on(d("2025-04-24")).served_by("mail");
    let r = period("lab-dc", "lab", "30 days", Direction::After, &t);
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["date"], "2025-05-30");
    assert_eq!(v["safe_date"], "2025-05-30");
    assert_eq!(v["readings"][0]["name"], "The rule as encoded");
    assert_eq!(v["readings"][0]["date"], "2025-05-30");
    assert_eq!(v["steps"][2]["kind"], "roll");
    assert_eq!(v["steps"][2]["op"], "roll");
    assert_eq!(v["steps"][3]["op"], "add-days");
    assert_eq!(v["steps"][3]["days"], 3);
    assert!(v["warnings"].is_array());
    let h = period(
        "lab-dc",
        "lab",
        "72 hours",
        Direction::After,
        &Trigger::at(dt("2025-11-01T10:00")),
    );
    let v = serde_json::to_value(&h).unwrap();
    assert_eq!(v["due_at"], "2025-11-04T09:00:00-05:00");
}

#[test]
fn a_deadline_with_its_own_cutoff_time() {
    // 20 days after Fri 2025-08-01 = Thu 08-21; the Monday next is 08-25,
    // and the answer is due by 10:00 a.m. that day, whatever the method.
    let r = named("lab-dc", "lab.answer-by-ten", &Trigger::on(d("2025-08-01")));
    assert_eq!(r.date, d("2025-08-25"));
    assert_eq!(r.cutoffs.len(), 1);
    assert_eq!(r.cutoffs[0].method, "any");
    assert_eq!(
        r.cutoffs[0].at.unwrap().naive_local(),
        dt("2025-08-25T10:00")
    );
}

#[test]
fn completion_dates_are_not_rolled() {
    // Mailed Thu 2025-08-21: service is complete 10 days later, Sun 08-31,
    // which stands (it is not a filing deadline); the response is due 30
    // days after that, Tue 09-30. Rolling the completion to Tue 09-02
    // (Mon 09-01 is Labor Day) would give Thu 10-02: too late.
    let court = book().court("lab-dc").unwrap();
    let done = named(
        "lab-dc",
        "lab.service-complete",
        &Trigger::on(d("2025-08-21")),
    );
    assert_eq!(done.date, d("2025-08-31"));
    assert!(done.cutoffs.is_empty());
    assert!(
        done.steps.iter().any(|s| s.text.starts_with("Not rolled")),
        "{done}"
    );
    let s = court
        .schedule("lab.mailed", &Trigger::on(d("2025-08-21")))
        .unwrap();
    let resp = s
        .entries
        .iter()
        .find(|e| e.deadline.rule.deadline.as_deref() == Some("response-after-completion"))
        .unwrap();
    assert_eq!(resp.deadline.date, d("2025-09-30"));
}

#[test]
fn calendar_days_are_exempt_from_the_short_period_rule() {
    // Under the pre-2009 convention a 7-day period would skip closed days,
    // but "7 calendar days" counts every day: Fri 2025-08-22 + 7 = Fri 08-29.
    let t = Trigger::on(d("2025-08-22")).as_of(d("2009-01-01"));
    assert_eq!(named("lab-dc", "lab.mandate", &t).date, d("2025-08-29"));
    // An ad-hoc 7-day period under the same rules skips the weekend and
    // Labor Day: 08-25..08-29 (5), 09-02 (6), 09-03 (7).
    assert_eq!(
        period("lab-dc", "lab", "7 days", Direction::After, &t).date,
        d("2025-09-03")
    );
}

#[test]
fn a_deadline_can_set_its_own_service_extension() {
    // 16 court days before Wed 2025-06-25 (Juneteenth, Thu 06-19, skipped)
    // is Mon 06-02. Overnight delivery adds 2 calendar days for this
    // deadline, counted further back: Sat 05-31, rolled back to Fri 05-30.
    // The rule set's own overnight extension (2 court days) would give Thu 05-29.
    let t = Trigger::on(d("2025-06-25")).served_by("overnight");
    let r = named("lab-dc", "lab.moving-papers", &t);
    assert_eq!(r.date, d("2025-05-30"), "{r}");
    let ext = r.steps.iter().find(|s| s.kind == StepKind::Extend).unwrap();
    assert_eq!(ext.citation.as_deref(), Some("Lab R. 1005(b)"));
    // Mail keeps the rule set's extension (5 days, added to the period):
    // 06-02 - 5 = Wed 05-28.
    let t = Trigger::on(d("2025-06-25")).served_by("mail-out-of-state");
    assert_eq!(
        named("lab-dc", "lab.moving-papers", &t).date,
        d("2025-05-28")
    );
}

#[test]
fn a_courts_cutoffs_have_a_history() {
    // The court closed electronic filing at 5 p.m. from 2023-07-01, at
    // midnight before: the cut-off in force on the last day applies.
    // 10 days after Mon 2023-06-19 = Thu 06-29 (midnight); after Mon
    // 2023-07-10 = Thu 07-20 (5 p.m.).
    let before = period(
        "lab-late",
        "lab",
        "10 days",
        Direction::After,
        &Trigger::on(d("2023-06-19")),
    );
    assert_eq!(
        before.cutoffs[0].at.unwrap().naive_local(),
        dt("2023-06-29T23:59") + chrono::TimeDelta::milliseconds(59_999)
    );
    assert_eq!(
        before.cutoffs[0].citation.as_deref(),
        Some("Lab L.R. 26.1 (before 2023)")
    );
    let after = period(
        "lab-late",
        "lab",
        "10 days",
        Direction::After,
        &Trigger::on(d("2023-07-10")),
    );
    assert_eq!(
        after.cutoffs[0].at.unwrap().naive_local(),
        dt("2023-07-20T17:00")
    );
    assert_eq!(
        after.cutoffs[0].citation.as_deref(),
        Some("Lab L.R. 26.1 (2023)")
    );
}

#[test]
fn whichever_is_earliest() {
    // Entered Mon 2025-03-03; notice of entry served Mon 03-10. 60 days
    // after 03-10 is Fri 05-09; 180 days after 03-03 is Sat 08-30, rolled
    // past Labor Day to Tue 09-02. The earliest governs: 05-09.
    let t = Trigger::on(d("2025-03-03")).event_on("notice-served", d("2025-03-10"));
    let r = named("lab-dc", "lab.appeal", &t);
    assert_eq!(r.date, d("2025-05-09"), "{r}");
    let last = r.steps.last().unwrap();
    assert_eq!(last.kind, StepKind::Choose);
    assert!(
        last.text.contains("Tuesday, September 2, 2025"),
        "{}",
        last.text
    );
    assert_eq!(
        book()
            .court("lab-dc")
            .unwrap()
            .deadline("lab.appeal")
            .unwrap()
            .due_date(&t)
            .unwrap(),
        r.date
    );
    // With no notice of entry served, only the outer limit can be
    // computed, and the result says what was left out.
    let r = named("lab-dc", "lab.appeal", &Trigger::on(d("2025-03-03")));
    assert_eq!(r.date, d("2025-09-02"));
    assert!(
        r.warnings
            .iter()
            .any(|w| w.message.contains("Notice of entry served")),
        "{r}"
    );
}

#[test]
fn whichever_period_ends_later() {
    // Entered Mon 2025-03-03 (30 days: Wed 04-02); the first notice filed
    // Tue 03-25 (14 days: Tue 04-08). The later governs: 04-08.
    let t = Trigger::on(d("2025-03-03")).event_on("first-notice-filed", d("2025-03-25"));
    assert_eq!(
        named("lab-dc", "lab.cross-appeal", &t).date,
        d("2025-04-08")
    );
    // A first notice filed early (Mon 03-10: 14 days is Mon 03-24): the
    // ordinary 30 days governs.
    let t = Trigger::on(d("2025-03-03")).event_on("first-notice-filed", d("2025-03-10"));
    assert_eq!(
        named("lab-dc", "lab.cross-appeal", &t).date,
        d("2025-04-02")
    );
}

#[test]
fn readings_can_switch_the_service_extension_and_the_start() {
    // 9 court days before Wed 2025-06-25: 06-24 (1), 06-23, 06-20, 06-18
    // (Juneteenth, 06-19, skipped), 06-17, 06-16, 06-13, 06-12, 06-11 (9).
    // The deadline takes no service extension; the reading adds overnight
    // delivery's 2 court days, counted further back: 06-10, Mon 06-09 — the
    // earlier, safe date.
    let t = Trigger::on(d("2025-06-25")).served_by("overnight");
    let r = named("lab-dc", "lab.opposition", &t);
    assert_eq!(r.date, d("2025-06-11"), "{r}");
    let alt = r
        .readings
        .iter()
        .find(|x| &*x.id == "e-service-extends")
        .unwrap();
    assert_eq!(alt.date, d("2025-06-09"));
    assert_eq!(r.safe_date, d("2025-06-09"));
    // Counting from the next court day, backward from Mon 2025-06-23: day 1
    // is Fri 06-20, so day 10 is Wed 06-11. The reading that starts with
    // the day before the event gives 06-23 - 10 = Fri 06-13.
    let r = named(
        "lab-dc",
        "lab-fl.before-trial",
        &Trigger::on(d("2025-06-23")),
    );
    assert_eq!(r.date, d("2025-06-11"), "{r}");
    let plain = r.readings.iter().find(|x| &*x.id == "plain-start").unwrap();
    assert_eq!(plain.date, d("2025-06-13"));
}

#[test]
fn a_paper_filed_in_the_court_of_origin_takes_its_cutoff() {
    // A notice of appeal to the Tenth Circuit (clerk in Denver, Mountain
    // time) from the District of Kansas (Central time): the notice is filed
    // in the district court, so its day ends at midnight Central
    // (Fed. R. App. P. 3(a)(1), 26(a)(4)(A)). 30 days after Mon 2025-03-03
    // is Wed 04-02.
    let court = book().court("ca10").unwrap();
    let t = Trigger::on(d("2025-03-03")).origin_court("ksd");
    let r = court.compute("frap.notice-of-appeal-civil", &t).unwrap();
    assert_eq!(r.date, d("2025-04-02"));
    let at = r.cutoffs[0].at.unwrap();
    assert_eq!(
        at.offset().local_minus_utc(),
        -5 * 3600,
        "midnight CDT, not MDT: {r}"
    );
    // Without the court of origin the circuit's own cut-off is shown, with
    // a warning that says so.
    let r = court
        .compute("frap.notice-of-appeal-civil", &Trigger::on(d("2025-03-03")))
        .unwrap();
    assert_eq!(
        r.cutoffs[0].at.unwrap().offset().local_minus_utc(),
        -6 * 3600
    );
    assert!(
        r.warnings
            .iter()
            .any(|w| w.remedy == Some(court_deadlines::Remedy::OriginCourt)),
        "{r}"
    );
}

/// A calendar with a judiciary holiday (closed, not a legal holiday) and a
/// legal holiday on which the court sits, and rule sets that count each
/// class one way or the other.
fn classes_book(non_legal: &str, court_open: &str) -> RuleBook {
    let calendar = r#"
[calendar]
id = "lab"
name = "Lab"
citation = "Lab Code § 1"
weekend = ["saturday", "sunday"]
valid_from = 2020-01-01
verified_through = 2030-12-31

[[holiday]]
name = "Judiciary Day"
on = "november 24"
legal_holiday = false
citation = "Lab Judiciary Order 1"

[[holiday]]
name = "Commemoration Day"
on = "march 10"
court_open = true
citation = "Lab Code § 2"
"#;
    let rules = format!(
        r#"
[rule_set]
id = "lab-rules"
name = "Lab rules"
citation = "Lab R. 1"
valid_from = 2020-01-01

[rule_set.counting]
citation = "Lab R. 6"
non_legal_holidays = "{non_legal}"
court_open_holidays = "{court_open}"

[event.served]
name = "Served"
"#
    );
    let courts = r#"
[court.lab-court]
name = "Lab Court"
rule_sets = ["lab-rules"]
calendars = ["lab"]
time_zone = "America/New_York"
"#;
    RuleBook::builder()
        .toml_str("lab.toml", calendar)
        .toml_str("lab-rules.toml", &rules)
        .toml_str("courts.toml", courts)
        .build()
        .expect("the lab rules load")
}

#[test]
fn judiciary_holidays_and_court_open_legal_holidays_count_as_the_rule_set_says() {
    // Tuesday, November 24, 2026 is the judiciary holiday; 10 days after
    // Saturday, November 14 land on it.
    let after = |book: &RuleBook, from: &str| {
        book.court("lab-court")
            .and_then(|c| {
                c.compute_period(
                    "lab-rules",
                    "10 days",
                    Direction::After,
                    &Trigger::on(d(from)),
                )
            })
            .expect("computes")
    };
    // The court is closed on it either way.
    let book = classes_book("open", "open");
    let cal = book.calendar("lab").expect("lab");
    assert!(!cal.is_court_day(d("2026-11-24")).expect("in window"));
    let why = cal.why_closed(d("2026-11-24")).expect("in window");
    assert!(
        matches!(why.first(), Some(Reason::JudiciaryHoliday { .. })),
        "{why:?}"
    );
    let listed = cal.holidays(2026).expect("in window");
    assert!(
        listed
            .iter()
            .any(|h| h.name == "Judiciary Day" && !h.legal_holiday)
    );
    // Counted as an ordinary day: the period ends on it, with a warning.
    let due = after(&book, "2026-11-14");
    assert_eq!(due.date, d("2026-11-24"), "{due}");
    assert!(
        due.warnings
            .iter()
            .any(|w| w.code == WarningCode::CourtsClosedOnLastDay),
        "{due}"
    );
    // Counted as closed: the period rolls to Wednesday.
    let book = classes_book("closed", "open");
    let due = after(&book, "2026-11-14");
    assert_eq!(due.date, d("2026-11-25"), "{due}");
    assert!(
        due.warnings
            .iter()
            .all(|w| w.code != WarningCode::CourtsClosedOnLastDay)
    );

    // Tuesday, March 10, 2026 is the legal holiday on which the court sits:
    // 10 days after Saturday, February 28.
    let due = after(&classes_book("open", "open"), "2026-02-28");
    assert_eq!(due.date, d("2026-03-10"), "{due}");
    let due = after(&classes_book("open", "closed"), "2026-02-28");
    assert_eq!(due.date, d("2026-03-11"), "{due}");
}

#[test]
fn a_holiday_cannot_be_court_open_and_not_a_legal_holiday() {
    let err = RuleBook::from_toml_str(
        "bad.toml",
        "[calendar]\nid = \"bad\"\nname = \"Bad\"\ncitation = \"c\"\nweekend = [\"saturday\", \"sunday\"]\nvalid_from = 2020-01-01\nverified_through = 2030-12-31\n\n[[holiday]]\nname = \"X\"\non = \"march 10\"\ncourt_open = true\nlegal_holiday = false\ncitation = \"c\"\n",
    )
    .map(|_| ())
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Invalid);
    assert!(
        err.to_string().contains("cannot be both court_open"),
        "{err}"
    );
}

/// An explanation cites each authority in full once; later lines refer to
/// the line that cited it. Served Friday, November 27, 2026 in Florida
/// (Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(1)(A): counting begins on the
/// next court day, Monday, November 30): day 20 is Saturday, December 19,
/// rolled to Monday, December 21.
#[test]
fn an_explanation_cites_each_authority_once() {
    let r = book()
        .court("fl-circuit")
        .unwrap()
        .compute("fl-civil.answer", &Trigger::on(d("2026-11-27")))
        .unwrap();
    assert_eq!(r.date, d("2026-12-21"));
    let text = r.to_string();
    let rule = "Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(1)";
    assert_eq!(text.matches(rule).count(), 1, "{text}");
    assert!(text.contains("[as cited in step 1]"), "{text}");
    // The data keeps every step's citation.
    assert!(
        r.steps
            .iter()
            .skip(1)
            .all(|s| s.citation.as_deref().is_some_and(|c| c.starts_with(rule)))
    );
}

/// Wording marked RECALLED is explained wherever it reaches a reader.
#[test]
fn the_recalled_marker_is_explained_once() {
    let r = book()
        .court("mad")
        .unwrap()
        .compute("mad-local.opposition", &Trigger::on(d("2026-03-02")))
        .unwrap();
    let text = r.to_string();
    assert!(text.contains("RECALLED"), "{text}");
    assert_eq!(
        text.matches("RECALLED: wording so marked was recalled")
            .count(),
        1,
        "{text}"
    );
    let plain = book()
        .court("cand")
        .unwrap()
        .compute("frcp.answer", &Trigger::on(d("2026-03-02")))
        .unwrap()
        .to_string();
    assert!(!plain.contains("RECALLED"), "{plain}");
}

/// An event dated on a day the court is closed gets a warning naming why
/// (a hearing typed as Saturday, January 2, 2027; an entry on New Year's
/// Day, 5 U.S.C. § 6103(a)); a court day gets none.
#[test]
fn an_event_on_a_closed_day_is_flagged() {
    let cand = book().court("cand").unwrap();
    let on = |id: &str, date: &str| cand.compute(id, &Trigger::on(d(date))).unwrap();
    let flagged = |r: &court_deadlines::Deadline| {
        r.warnings
            .iter()
            .find(|w| w.code == WarningCode::EventOnClosedDay)
            .map(|w| w.message.clone())
    };
    let sat = on("frcp.motion-and-notice-of-hearing", "2027-01-02");
    assert!(flagged(&sat).is_some_and(|m| m.contains("Saturday (weekend)")));
    let ny = on("frcp.new-trial-motion", "2026-01-01");
    assert!(flagged(&ny).is_some_and(|m| m.contains("New Year's Day")));
    let mon = on("frcp.new-trial-motion", "2026-01-05");
    assert_eq!(flagged(&mon), None);
}
