//! The sentences of an explanation: each step's text and each warning's
//! message, written from the facts the pipeline passes in. Every
//! user-facing sentence about a result is written here (or, for whole
//! results, in `wording.rs`), so that the wording lives in one place.
//!
//! Sentences are built with [`Sentence`], which appends pieces without the
//! formatting machinery: an explanation has a dozen of them.

use std::fmt::{self, Write as _};

use chrono::{Datelike, NaiveDate};

use super::{Reason, wording::Reasons};
use crate::text::long_date;
use crate::vocab::{Direction, MonthEnd, Period};

/// A sentence under construction.
pub(crate) struct Sentence(String);

impl Sentence {
    /// An empty sentence with room for a typical step.
    #[inline]
    pub(crate) fn new() -> Sentence {
        Sentence(String::with_capacity(192))
    }

    /// Appends text.
    #[inline]
    pub(crate) fn s(mut self, text: &str) -> Sentence {
        self.0.push_str(text);
        self
    }

    /// Appends a long date (`Friday, July 3, 2026`).
    #[inline]
    pub(crate) fn date(mut self, d: NaiveDate) -> Sentence {
        long_date(d).push_to(&mut self.0);
        self
    }

    /// Appends a number.
    #[inline]
    pub(crate) fn n(mut self, n: i64) -> Sentence {
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        let mut v = n.unsigned_abs();
        loop {
            i -= 1;
            if let Some(slot) = buf.get_mut(i) {
                *slot = b'0' + (v % 10) as u8;
            }
            v /= 10;
            if v == 0 || i == 0 {
                break;
            }
        }
        if n < 0 {
            self.0.push('-');
        }
        if let Some(digits) = buf.get(i..).and_then(|b| std::str::from_utf8(b).ok()) {
            self.0.push_str(digits);
        }
        self
    }

    /// Appends anything `Display` (through the formatting machinery).
    #[inline]
    pub(crate) fn show(mut self, x: impl fmt::Display) -> Sentence {
        let _ = write!(self.0, "{x}");
        self
    }

    /// The sentence.
    #[inline]
    pub(crate) fn done(self) -> String {
        self.0
    }
}

fn way_word(dir: Direction) -> &'static str {
    match dir {
        Direction::After => "after",
        Direction::Before => "before",
    }
}

/// Start: the day of the event excluded.
pub(crate) fn start_excluded(event: Option<&str>, t: NaiveDate, dir: Direction) -> String {
    Sentence::new()
        .s("Start: ")
        .s(event.unwrap_or("The event"))
        .s(" on ")
        .date(t)
        .s(". The day of the event is excluded; counting begins with the day ")
        .s(way_word(dir))
        .s(".")
        .done()
}

/// Start: day 1 is the next court day (Florida since 2019).
pub(crate) fn start_next_court_day(event: Option<&str>, t: NaiveDate, day1: NaiveDate) -> String {
    Sentence::new()
        .s("Start: ")
        .s(event.unwrap_or("The event"))
        .s(" on ")
        .date(t)
        .s(". Counting begins from the next day that is not a Saturday, Sunday or legal holiday: day 1 is ")
        .date(day1)
        .s(".")
        .done()
}

/// A service extension merged into the prescribed period:
/// `" (10 days + 3 days for Service by mail (mail), added to the prescribed period: …)"`.
pub(crate) struct Merged<'a> {
    pub(crate) period: Period,
    pub(crate) add: Period,
    pub(crate) name: &'a str,
    pub(crate) method: &'a str,
    pub(crate) citation: &'a str,
}

impl Merged<'_> {
    fn push(&self, s: Sentence) -> Sentence {
        s.s(" (")
            .show(self.period)
            .s(" + ")
            .show(self.add)
            .s(" for ")
            .s(self.name)
            .s(" (")
            .s(self.method)
            .s("), added to the prescribed period: ")
            .s(self.citation)
            .s(")")
    }
}

/// Count: a short period, in court days.
pub(crate) fn count_short(
    n: u32,
    dir: Direction,
    merged: Option<&Merged<'_>>,
    l: NaiveDate,
) -> String {
    let s = Sentence::new()
        .s("Count ")
        .n(i64::from(n))
        .s(" days ")
        .s(way_word(dir));
    let s = match merged {
        Some(m) => m.push(s),
        None => s,
    };
    s.s(", leaving out intermediate Saturdays, Sundays and legal holidays (a period this short counts only court days): ")
        .date(l)
        .s(".")
        .done()
}

/// Count: calendar days (or weeks), every day included.
pub(crate) fn count_days(
    period: Period,
    weeks: bool,
    total: i64,
    dir: Direction,
    merged: Option<&Merged<'_>>,
    l: NaiveDate,
) -> String {
    let s = Sentence::new().s("Count ");
    let s = if weeks {
        s.show(period).s(" (").n(total).s(" days)")
    } else if let Some(m) = merged {
        m.push(s.n(total).s(" days"))
    } else {
        s.show(period)
    };
    s.s(" ")
        .s(way_word(dir))
        .s(", every day included: day ")
        .n(total)
        .s(" is ")
        .date(l)
        .s(".")
        .done()
}

/// Count: court days.
pub(crate) fn count_court_days(period: Period, dir: Direction, l: NaiveDate) -> String {
    Sentence::new()
        .s("Count ")
        .show(period)
        .s(" ")
        .s(way_word(dir))
        .s(", skipping days the court is closed: ")
        .date(l)
        .s(".")
        .done()
}

/// Count: months or years, under the month-end policy.
pub(crate) fn count_months(
    period: Period,
    dir: Direction,
    base: NaiveDate,
    raw: NaiveDate,
    clamped: bool,
    policy: MonthEnd,
    l: NaiveDate,
) -> String {
    let how = match (clamped, policy) {
        (false, _) => "the same day number".to_owned(),
        (true, MonthEnd::Clamp) => format!(
            "{} has no day {}, so the period ends on the last day of that month (month-end policy: clamp)",
            raw.format("%B %Y"),
            base.day()
        ),
        (true, _) => format!(
            "{} has no day {}, so the period ends on the first day of the next month (month-end policy: next-month-start)",
            raw.format("%B %Y"),
            base.day()
        ),
    };
    Sentence::new()
        .s("Count ")
        .show(period)
        .s(" ")
        .s(way_word(dir))
        .s(" (")
        .s(&how)
        .s("): ")
        .date(l)
        .s(".")
        .done()
}

/// A completion date on a closed day: not rolled.
pub(crate) fn not_rolled_completion(l: NaiveDate) -> String {
    Sentence::new()
        .s("Not rolled: ")
        .date(l)
        .s(" is the day service is complete, not a day by which anything must be filed, so it stands although the court is closed.")
        .done()
}

/// Adjust: the Monday next after the last day (Tex. R. Civ. P. 99(b)).
pub(crate) fn next_monday(l: NaiveDate, m: NaiveDate) -> String {
    Sentence::new()
        .s("Adjust: the Monday next after ")
        .date(l)
        .s(" is ")
        .date(m)
        .s(".")
        .done()
}

/// The clerk's office inaccessible on the last day (a day period).
pub(crate) fn inaccessible_day(from: NaiveDate, to: NaiveDate) -> String {
    Sentence::new()
        .s("The clerk's office was inaccessible on ")
        .date(from)
        .s(": the time for filing runs to the first accessible day that is not a Saturday, Sunday or legal holiday, ")
        .date(to)
        .s(".")
        .done()
}

/// Extend: a service extension.
pub(crate) fn extend(
    lead: &str,
    add: Period,
    dir: Direction,
    name: &str,
    method: &str,
    to: NaiveDate,
) -> String {
    let way = match dir {
        Direction::After => "added",
        Direction::Before => "counted further back",
    };
    Sentence::new()
        .s("Extend: ")
        .s(lead)
        .s(", ")
        .show(add)
        .s(" ")
        .s(way)
        .s(" for ")
        .s(name)
        .s(" (")
        .s(method)
        .s("): ")
        .date(to)
        .s(".")
        .done()
}

/// Roll: off a closed day to the next (previous) court day.
pub(crate) fn roll(
    l: NaiveDate,
    only_declared: bool,
    to_dir: Direction,
    counting_direction: Option<Direction>,
    to: NaiveDate,
) -> String {
    let what = if only_declared {
        "is a day declared a holiday by the state (the court itself is open, but the period may not end on it)"
    } else {
        "is not a court day"
    };
    let way = match to_dir {
        Direction::After => "next",
        Direction::Before => "previous",
    };
    let s = Sentence::new()
        .s("Roll: ")
        .date(l)
        .s(" ")
        .s(what)
        .s(", so the period runs to the ")
        .s(way)
        .s(" court day");
    let s = match counting_direction {
        Some(dir) => s
            .s(" (the \"next day\" is counted ")
            .s(match dir {
                Direction::After => "forward",
                Direction::Before => "backward",
            })
            .s(" when the period is measured ")
            .s(way_word(dir))
            .s(" an event)"),
        None => s,
    };
    s.s(": ").date(to).s(".").done()
}

/// Warning: the period ends on a closed day the rule set does not move it off.
pub(crate) fn ends_on_closed_day(l: NaiveDate, reasons: &[Reason]) -> String {
    Sentence::new()
        .s("the period ends on ")
        .date(l)
        .s(", a day the court is closed (")
        .show(Reasons(reasons))
        .s("), and this rule set does not move it; acting on the last court day before it is the safe course")
        .done()
}
