//! The sentences of an explanation: each step's text and each warning's
//! message, written from the facts the pipeline passes in. Every
//! user-facing sentence about a result is written here (or, for whole
//! results, in `wording.rs`), so that the wording lives in one place.
//!
//! Sentences are built with [`Sentence`], which appends pieces without the
//! formatting machinery: an explanation has a dozen of them.

use std::fmt::{self, Write as _};

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};

use super::{ReadingResult, Reason, wording::Reasons};
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

impl Sentence {
    /// Appends a local time of day as `4:30 PM`.
    pub(crate) fn clock(self, at: DateTime<FixedOffset>) -> Sentence {
        let (pm, h) = at.hour12();
        let m = at.minute();
        self.n(i64::from(h))
            .s(":")
            .s(if m < 10 { "0" } else { "" })
            .n(i64::from(m))
            .s(if pm { " PM" } else { " AM" })
    }
}

/// The label of a deadline version with a history.
pub(crate) fn version_label(citation: &str, until: NaiveDate) -> String {
    Sentence::new()
        .s(citation)
        .s(" (in force through ")
        .show(until)
        .s(")")
        .done()
}

/// Note: a reading could not be computed.
pub(crate) fn reading_failed(name: &str, error: &dyn fmt::Display) -> String {
    Sentence::new()
        .s("the reading \"")
        .s(name)
        .s("\" could not be computed: ")
        .show(error)
        .done()
}

/// Warning: the readings give different dates.
pub(crate) fn readings_differ(readings: &[ReadingResult], safe: NaiveDate) -> String {
    let mut s = Sentence::new().s("authorities read this rule differently (");
    for (i, r) in readings.iter().enumerate() {
        if i > 0 {
            s = s.s("; ");
        }
        s = s.s(&r.name).s(": ").date(r.date);
    }
    s.s("); the safe date is the earliest, ").date(safe).done()
}

/// Warning: a court's state calendar is not bundled.
pub(crate) fn state_holidays_not_applied(
    state: &str,
    court: &str,
    which: &str,
    citation: &str,
    date: NaiveDate,
) -> String {
    Sentence::new()
        .s("no calendar of ")
        .s(state)
        .s(" holidays is bundled for ")
        .s(court)
        .s(" (")
        .s(which)
        .s("), so days declared a holiday by that state, which count under ")
        .s(citation)
        .s(", were not applied; check the state's legal holidays around ")
        .date(date)
        .done()
}

/// Cut-off: the deadline's own time, whatever the filing method.
pub(crate) fn cutoff_any(at: Option<DateTime<FixedOffset>>, date: NaiveDate, tz: &str) -> String {
    match at {
        Some(at) => Sentence::new()
            .clock(at)
            .s(" on ")
            .date(date)
            .s(", whatever the filing method (")
            .s(tz)
            .s(")")
            .done(),
        None => "as the rule says".to_owned(),
    }
}

/// Cut-off: electronic filing.
pub(crate) fn cutoff_electronic(
    midnight: bool,
    at: Option<DateTime<FixedOffset>>,
    date: NaiveDate,
    tz: &str,
) -> String {
    match (midnight, at) {
        (true, _) => Sentence::new()
            .s("midnight at the end of ")
            .date(date)
            .s(" (")
            .s(tz)
            .s(")")
            .done(),
        (false, Some(at)) => Sentence::new()
            .clock(at)
            .s(" on ")
            .date(date)
            .s(" (")
            .s(tz)
            .s(")")
            .done(),
        (false, None) => "end of the day".to_owned(),
    }
}

/// Cut-off: paper filing, when the clerk's hours are recorded.
pub(crate) fn cutoff_paper(at: Option<DateTime<FixedOffset>>, date: NaiveDate, tz: &str) -> String {
    match at {
        Some(at) => Sentence::new()
            .clock(at)
            .s(", when the clerk's office is scheduled to close, on ")
            .date(date)
            .s(" (")
            .s(tz)
            .s(")")
            .done(),
        None => "when the clerk's office is scheduled to close".to_owned(),
    }
}

/// Cut-off: paper filing, the clerk's hours not recorded.
pub(crate) fn cutoff_paper_unrecorded(date: NaiveDate) -> String {
    Sentence::new()
        .s("when the clerk's office is scheduled to close on ")
        .date(date)
        .s(" (the hours are not recorded for this court)")
        .done()
}

/// Note: a paper filed in the court of origin, which was not given.
pub(crate) fn filed_in_origin_not_given(court: &str) -> String {
    Sentence::new()
        .s("this paper is filed in the court whose judgment is reviewed; give that court (Trigger::origin_court, docket --origin-court) for its filing cut-off and time zone: the cut-offs shown are ")
        .s(court)
        .s("'s")
        .done()
}

/// Warning: a service extension that does not lengthen a period before an event.
pub(crate) fn service_not_before_event(method: &str, citation: &str) -> String {
    Sentence::new()
        .s("no days are added for service by ")
        .s(method)
        .s(": the extension (")
        .s(citation)
        .s(") applies only to a period that runs after service, and this period is counted before the event")
        .done()
}

/// Warning: a deadline to which no service extension applies.
pub(crate) fn service_never_applies(citation: &str) -> String {
    Sentence::new()
        .s("no service extension applies to this deadline (")
        .s(citation)
        .s("), whatever the method of service")
        .done()
}

/// Warning: a later paper's method of service not given.
pub(crate) fn service_method_not_given(event: &str) -> String {
    Sentence::new()
        .s("this deadline counts from \"")
        .s(event)
        .s("\", whose method of service was not given, so no service extension was added; if that paper was served by a method that adds days, give it (Trigger::event_served_by; docket --served EVENT=METHOD)")
        .done()
}

fn push_list(mut s: Sentence, items: &[String]) -> Sentence {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            s = s.s(", ");
        }
        s = s.s(item);
    }
    s
}

/// Warning: a date beyond the calendars' verified coverage.
pub(crate) fn beyond_verified(calendars: &[String], through: NaiveDate) -> String {
    push_list(Sentence::new().s("the calendars used ("), calendars)
        .s(") were checked against official lists and orders only through ")
        .show(through)
        .s(": a closure after that date (an executive order, an emergency) would not be known; check the court's notices")
        .done()
}

/// Warning: a date before the calendars' encoded history.
pub(crate) fn before_calendar_history(calendars: &[String], from: NaiveDate) -> String {
    push_list(Sentence::new().s("the calendars used ("), calendars)
        .s(") encode holiday history only from ")
        .show(from)
        .s("; for earlier dates they apply the rules as later written")
        .done()
}

/// Warning: a rules date before the rule set's encoded history.
pub(crate) fn before_rule_set_history(
    name: &str,
    from: NaiveDate,
    rules_date: NaiveDate,
) -> String {
    Sentence::new()
        .s(name)
        .s(" encodes its history only from ")
        .show(from)
        .s("; the rules date ")
        .show(rules_date)
        .s(" is earlier, so the earliest encoded version was applied")
        .done()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_matches_chrono() {
        let base = NaiveDate::from_ymd_opt(2026, 3, 8)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .unwrap_or_default()
            .and_utc()
            .fixed_offset();
        for minute in 0..(24 * 60) {
            let at = base + chrono::TimeDelta::minutes(minute);
            assert_eq!(
                Sentence::new().clock(at).done(),
                at.format("%-I:%M %p").to_string()
            );
        }
    }

    #[test]
    fn numbers() {
        for n in [0i64, 7, 10, 21, 365, -3, 1_000_000, i64::MIN + 1] {
            assert_eq!(Sentence::new().n(n).done(), n.to_string());
        }
    }
}
