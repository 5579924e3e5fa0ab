//! The sentences of an explanation: each step's text and each warning's
//! message, written from the facts the pipeline passes in. Every
//! user-facing sentence about a result is written here (or, for whole
//! results, in `wording.rs`), so that the wording lives in one place.
//!
//! Sentences are built with [`Sentence`], which appends pieces without the
//! formatting machinery: an explanation has a dozen of them.

use std::fmt::{self, Write as _};

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, Timelike};
use chrono_tz::Tz;

use super::{Reason, wording::Reasons};
use crate::text::long_date;
use crate::vocab::{Direction, MonthEnd, Period};

/// A sentence under construction.
pub(crate) struct Sentence(String);

impl Sentence {
    /// An empty sentence with room for a typical step.
    #[inline]
    pub(crate) fn new() -> Sentence {
        Sentence(String::with_capacity(256))
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

    /// Appends a date as chrono writes it (`2026-12-04`).
    #[inline]
    pub(crate) fn iso(mut self, d: NaiveDate) -> Sentence {
        crate::text::push_iso(&mut self.0, d);
        self
    }

    /// Appends a period (`21 days`, `1 court day`), as `Period` displays it.
    #[inline]
    pub(crate) fn period(mut self, p: Period) -> Sentence {
        push_period(&mut self.0, p);
        self
    }

    /// Appends a number.
    #[inline]
    pub(crate) fn n(mut self, n: i64) -> Sentence {
        if n < 0 {
            self.0.push('-');
        }
        crate::text::push_number(&mut self.0, n.unsigned_abs());
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

/// Appends `p` as `Period` displays it, without the formatting machinery.
fn push_period(out: &mut String, p: Period) {
    crate::text::push_number(out, u64::from(p.amount));
    out.push(' ');
    out.push_str(p.unit.as_str());
    if p.amount != 1 {
        out.push('s');
    }
}

/// A period as text (`21 days`).
pub(crate) fn period_text(p: Period) -> String {
    let mut out = String::with_capacity(16);
    push_period(&mut out, p);
    out
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
            .period(self.period)
            .s(" + ")
            .period(self.add)
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
        s.period(period).s(" (").n(total).s(" days)")
    } else if let Some(m) = merged {
        m.push(s.n(total).s(" days"))
    } else {
        s.period(period)
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
        .period(period)
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
        .period(period)
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
        .period(add)
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

/// An instant written for people: `4:30 PM EST, Friday, November 2, 2007`.
pub(crate) fn instant(t: &DateTime<Tz>) -> String {
    t.format("%-I:%M %p %Z, %A, %B %-d, %Y").to_string()
}

/// Warning: a local time that occurs twice (clocks go back).
pub(crate) fn ambiguous_local_time(local: NaiveDateTime, tz: &str) -> String {
    format!(
        "{} occurs twice in {tz} (clocks go back); the earlier instant was used",
        local.format("%-I:%M %p on %B %-d, %Y")
    )
}

/// Warning: a local time that does not exist (clocks go forward).
pub(crate) fn nonexistent_local_time(
    local: NaiveDateTime,
    tz: &str,
    used: NaiveDateTime,
) -> String {
    format!(
        "{} does not exist in {tz} (clocks go forward); the first instant after the gap, {}, was used",
        local.format("%-I:%M %p on %B %-d, %Y"),
        used.format("%-I:%M %p")
    )
}

/// Warning: a local time that could not be placed in its zone at all.
pub(crate) fn unplaceable_local_time(local: NaiveDateTime, tz: &str) -> String {
    format!("{local} could not be placed in {tz}; read as UTC")
}

/// Start of an hour period.
pub(crate) fn start_hours(event: Option<&str>, t0: &DateTime<Tz>) -> String {
    Sentence::new()
        .s("Start: ")
        .s(event.unwrap_or("The event"))
        .s(" at ")
        .s(&instant(t0))
        .s(". Counting begins immediately.")
        .done()
}

/// Count of an hour period.
pub(crate) fn count_hours(
    period: Period,
    dir: Direction,
    end: &DateTime<Tz>,
    shifted: bool,
) -> String {
    Sentence::new()
        .s("Count ")
        .period(period)
        .s(" ")
        .s(way_word(dir))
        .s(", every hour included: ")
        .s(&instant(end))
        .s(if shifted {
            " (the clocks changed in between, so the wall-clock time differs)"
        } else {
            ""
        })
        .s(".")
        .done()
}

/// Roll of an hour period: the same time on the next (previous) court day.
pub(crate) fn roll_hours(end_date: NaiveDate, to_dir: Direction, at: &DateTime<Tz>) -> String {
    Sentence::new()
        .s("Roll: the period would end on ")
        .date(end_date)
        .s(", not a court day, so it runs until the same time on the ")
        .s(match to_dir {
            Direction::After => "next",
            Direction::Before => "previous",
        })
        .s(" court day: ")
        .s(&instant(at))
        .s(".")
        .done()
}

/// The clerk's office inaccessible during the last hour (an hour period).
pub(crate) fn inaccessible_hours(from: NaiveDate, at: &DateTime<Tz>) -> String {
    Sentence::new()
        .s("The clerk's office was inaccessible on ")
        .date(from)
        .s(": the time for filing runs to the same time on the first accessible day that is not a Saturday, Sunday or legal holiday, ")
        .s(&instant(at))
        .s(".")
        .done()
}

/// A combined deadline's step text for one part's step: `[Part] text`.
pub(crate) fn part_step(part: &str, text: &str) -> String {
    Sentence::new().s("[").s(part).s("] ").s(text).done()
}

/// A combined deadline's line for a computed part.
pub(crate) fn part_computed(part: &str, date: NaiveDate) -> String {
    Sentence::new().s(part).s(": ").date(date).done()
}

/// A combined deadline's line for a part whose event's date was not given.
pub(crate) fn part_not_computed(part: &str, event: &str) -> String {
    Sentence::new()
        .s(part)
        .s(": not computed (")
        .s(event)
        .s(" not given)")
        .done()
}

/// Warning: a combined deadline with a part not computed.
pub(crate) fn provisional(part: &str, event_name: &str, event_id: &str, earliest: bool) -> String {
    Sentence::new()
        .s("PROVISIONAL: ")
        .s(part)
        .s(" was not computed because the date of \"")
        .s(event_name)
        .s("\" (")
        .s(event_id)
        .s(") was not given; ")
        .s(if earliest {
            "if it happened, its deadline may be the earlier one"
        } else {
            "if it happened, its deadline may be the later one"
        })
        .done()
}

/// The step that chooses among a combined deadline's parts.
pub(crate) fn choose(earliest: bool, lines: &[String], date: NaiveDate) -> String {
    let mut s = Sentence::new()
        .s("Choose the ")
        .s(if earliest { "earliest" } else { "latest" })
        .s(": ");
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            s = s.s("; ");
        }
        s = s.s(l);
    }
    s.s(". The deadline is ").date(date).s(".").done()
}

/// A schedule's note: a later event's date as given.
pub(crate) fn event_given(event: &str, date: NaiveDate) -> String {
    Sentence::new()
        .s(event)
        .s(" on ")
        .date(date)
        .s(" (date given)")
        .done()
}

/// A schedule's note: a later event assumed on an earlier deadline's date.
pub(crate) fn event_assumed(event: &str, date: NaiveDate, deadline: &str) -> String {
    Sentence::new()
        .s(event)
        .s(" assumed on ")
        .date(date)
        .s(", the due date of ")
        .s(deadline)
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

    #[test]
    fn periods_as_displayed() {
        use crate::vocab::Unit;
        for unit in [
            Unit::Day,
            Unit::CourtDay,
            Unit::Week,
            Unit::Month,
            Unit::Year,
            Unit::Hour,
        ] {
            for amount in [0, 1, 2, 21, 365] {
                let p = Period { amount, unit };
                assert_eq!(period_text(p), p.to_string());
            }
        }
    }
}
