//! Worked-example cases for the deadline engine, and the runner that checks
//! them. Every case names its authoritative source and quotes the line it
//! relies on; the expected date comes from that source, never from the
//! engine.
//!
//! Most worked examples are `[[example]]` tables in
//! `tests/cases/deadlines/*.toml`, run by `tests/it/worked_examples.rs`
//! through [`Example`] and [`try_check`]. Rust tests that need more than a
//! date comparison build a [`Case`] and call [`compute`] or [`check`]: both
//! paths run the same code.
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

/// A date, or a local date-time in the court's time zone (hour periods).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Date(NaiveDate),
    DateTime(NaiveDateTime),
}

impl When {
    /// Parses "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM".
    fn parse(s: &str) -> When {
        match date_time(s) {
            Some(dt) => When::DateTime(dt),
            None => When::Date(date(s)),
        }
    }
}

impl std::fmt::Display for When {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            When::Date(d) => write!(f, "{d}"),
            When::DateTime(dt) => write!(f, "{}", dt.format("%Y-%m-%dT%H:%M:%S")),
        }
    }
}

/// What an example computes.
#[derive(Debug, Clone, Copy)]
pub enum What<'a> {
    /// A named deadline, `"<rule set>.<deadline>"`.
    Deadline(&'a str),
    /// An ad-hoc period under a rule set's conventions.
    Period {
        rules: &'a str,
        period: &'a str,
        direction: Direction,
    },
}

/// A worked example with its dates parsed: what [`Case`] and the TOML
/// `[[example]]` tables both become before they are computed.
#[derive(Debug, Clone)]
pub struct Example<'a> {
    pub source: &'a str,
    pub court: &'a str,
    pub what: What<'a>,
    pub trigger: When,
    pub service: Option<&'a str>,
    pub as_of: Option<NaiveDate>,
    pub closed: Vec<NaiveDate>,
    pub inaccessible: Vec<NaiveDate>,
    pub reading: Option<&'a str>,
    pub expect: When,
}

impl Case {
    /// The case with its dates parsed (panics on a malformed date).
    pub fn example(&self) -> Example<'static> {
        let what = match (self.deadline, self.period) {
            (Some(id), _) => What::Deadline(id),
            (None, Some(period)) => What::Period {
                rules: self.rules,
                period,
                direction: match self.direction {
                    "before" => Direction::Before,
                    _ => Direction::After,
                },
            },
            (None, None) => panic!("a case needs a deadline or a period: {}", self.source),
        };
        Example {
            source: self.source,
            court: self.court,
            what,
            trigger: When::parse(self.trigger),
            service: self.service,
            as_of: self.as_of.map(date),
            closed: self.closed.iter().map(|c| date(c)).collect(),
            inaccessible: self.inaccessible.iter().map(|c| date(c)).collect(),
            reading: self.reading,
            expect: When::parse(self.expect),
        }
    }
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("bad date {s:?}: {e}"))
}

fn date_time(s: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").ok()
}

/// Computes `ex`; the error names the source.
pub fn try_compute(ex: &Example<'_>) -> Result<Deadline, String> {
    let court = book()
        .court(ex.court)
        .map_err(|e| format!("{e}\nsource: {}", ex.source))?;
    let mut t = match ex.trigger {
        When::DateTime(dt) => Trigger::at(dt),
        When::Date(d) => Trigger::on(d),
    };
    if let Some(s) = ex.service {
        t = t.served_by(s);
    }
    if let Some(a) = ex.as_of {
        t = t.as_of(a);
    }
    for c in &ex.closed {
        t = t.closed(*c);
    }
    for c in &ex.inaccessible {
        t = t.inaccessible(*c);
    }
    let result = match ex.what {
        What::Deadline(id) => court.compute(id, &t),
        What::Period {
            rules,
            period,
            direction,
        } => court.compute_period(rules, period, direction, &t),
    };
    result.map_err(|e| format!("{}\nsource: {}", e, ex.source))
}

/// Computes `ex` and compares the expected date (or date-time). The error
/// gives the expected and computed values, the source and the computed
/// explanation.
pub fn try_check(ex: &Example<'_>) -> Result<(), String> {
    let due = try_compute(ex)?;
    let got_date = match ex.reading {
        None => due.date,
        Some(r) => match due.readings.iter().find(|x| &*x.id == r) {
            Some(x) => x.date,
            None => return Err(format!("no reading {r:?} in {due}\nsource: {}", ex.source)),
        },
    };
    let got = match ex.expect {
        When::DateTime(_) => match due.due_at {
            Some(at) => When::DateTime(at.naive_local()),
            None => {
                return Err(format!(
                    "expected a date-time result\n{due}\nsource: {}",
                    ex.source
                ));
            }
        },
        When::Date(_) => When::Date(got_date),
    };
    if got == ex.expect {
        Ok(())
    } else {
        Err(format!(
            "expected {}, computed {got}\nsource: {}\n{due}",
            ex.expect, ex.source
        ))
    }
}

/// Computes `case` and returns the result.
pub fn compute(case: &Case) -> Deadline {
    try_compute(&case.example()).unwrap_or_else(|e| panic!("{e}"))
}

/// Computes `case` and asserts the expected date (or date-time).
pub fn check(case: &Case) {
    if let Err(e) = try_check(&case.example()) {
        panic!("{e}");
    }
}
