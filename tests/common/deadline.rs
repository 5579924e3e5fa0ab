//! Worked-example cases for the deadline engine, and the runner that checks
//! them. Every case names its authoritative source and quotes the line it
//! relies on; the expected date comes from that source, never from the
//! engine.
#![allow(dead_code)]

use chrono::{NaiveDate, NaiveDateTime};
use court_deadlines::{Deadline, Direction, Trigger};

use super::book;

/// One worked example.
#[derive(Debug, Clone, Copy)]
pub struct Case {
    /// The authority and the line relied on, quoted.
    pub source: &'static str,
    /// A court id from the bundled courts (e.g. "nysd").
    pub court: &'static str,
    /// A named deadline, `"<rule set>.<deadline>"` (e.g. "frcp.answer").
    pub deadline: Option<&'static str>,
    /// Or an ad-hoc period under `rules`' conventions (e.g. "10 days").
    pub period: Option<&'static str>,
    /// The rule set for an ad-hoc period.
    pub rules: &'static str,
    /// "after" or "before" (ad-hoc periods only).
    pub direction: &'static str,
    /// "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM" for hour periods (court's local time).
    pub trigger: &'static str,
    /// A service method id ("mail", "electronic", ...).
    pub service: Option<&'static str>,
    /// Compute under the rules in force on this date instead of the trigger date.
    pub as_of: Option<&'static str>,
    /// Extra closures supplied by the caller.
    pub closed: &'static [&'static str],
    /// Days the clerk's office was inaccessible (Fed. R. Civ. P. 6(a)(3)).
    pub inaccessible: &'static [&'static str],
    /// Check the date of this reading instead of the main result.
    pub reading: Option<&'static str>,
    /// "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM" for hour periods (court's local time).
    pub expect: &'static str,
}

/// Defaults for struct-update syntax: `Case { source: "...", ..CASE }`.
pub const CASE: Case = Case {
    source: "",
    court: "dcd",
    deadline: None,
    period: None,
    rules: "frcp",
    direction: "after",
    trigger: "",
    service: None,
    as_of: None,
    closed: &[],
    inaccessible: &[],
    reading: None,
    expect: "",
};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("bad date {s:?}: {e}"))
}

fn date_time(s: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").ok()
}

/// Computes `case` and returns the result.
pub fn compute(case: &Case) -> Deadline {
    let court = book().court(case.court).unwrap_or_else(|e| panic!("{e}"));
    let mut t = match date_time(case.trigger) {
        Some(dt) => Trigger::at(dt),
        None => Trigger::on(date(case.trigger)),
    };
    if let Some(s) = case.service {
        t = t.served_by(s);
    }
    if let Some(a) = case.as_of {
        t = t.as_of(date(a));
    }
    for c in case.closed {
        t = t.closed(date(c));
    }
    for c in case.inaccessible {
        t = t.inaccessible(date(c));
    }
    let result = match (case.deadline, case.period) {
        (Some(id), _) => court.compute(id, &t),
        (None, Some(p)) => {
            let dir = match case.direction {
                "before" => Direction::Before,
                _ => Direction::After,
            };
            court.compute_period(case.rules, p, dir, &t)
        }
        (None, None) => panic!("a case needs a deadline or a period: {}", case.source),
    };
    result.unwrap_or_else(|e| panic!("{}\n  source: {}", e, case.source))
}

/// Computes `case` and asserts the expected date (or date-time).
pub fn check(case: &Case) {
    let due = compute(case);
    let got_date = match case.reading {
        None => due.date,
        Some(r) => {
            due.readings
                .iter()
                .find(|x| &*x.id == r)
                .unwrap_or_else(|| panic!("no reading {r:?} in {due}\n  source: {}", case.source))
                .date
        }
    };
    match date_time(case.expect) {
        Some(want) => {
            let got = due.due_at.unwrap_or_else(|| {
                panic!(
                    "expected a date-time result\n{due}\n  source: {}",
                    case.source
                )
            });
            assert_eq!(
                got.naive_local(),
                want,
                "\n{due}\n  source: {}",
                case.source
            );
        }
        None => assert_eq!(
            got_date,
            date(case.expect),
            "\n{due}\n  source: {}",
            case.source
        ),
    }
}
