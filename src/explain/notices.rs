//! The notices attached to a result: warnings, cut-off texts, readings,
//! schedule notes and the lines of a combined deadline — written, like the
//! step sentences, from the facts passed in.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::ReadingResult;
use super::sentences::Sentence;

/// The label of a deadline version with a history.
pub(crate) fn version_label(citation: &str, until: NaiveDate) -> String {
    Sentence::new()
        .s(citation)
        .s(" (in force through ")
        .iso(until)
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
        .s("this paper is filed in the court whose judgment is reviewed; give that court for its filing cut-off and time zone: the cut-offs shown are ")
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
        .s("\", whose method of service was not given, so no service extension was added; if that paper was served by a method that adds days, give its method of service")
        .done()
}

/// `us-ny (2024-12-31)` and `us-federal (2026-11-27)`.
fn dated_list<'a>(
    mut s: Sentence,
    items: impl Iterator<Item = (&'a str, NaiveDate)> + Clone,
    prefix: &'static str,
) -> Sentence {
    let n = items.clone().count();
    for (i, (id, d)) in items.enumerate() {
        if i > 0 {
            s = s.s(if i + 1 == n { " and " } else { ", " });
        }
        s = s.s(id).s(" (").s(prefix).iso(d).s(")");
    }
    s
}

/// Warning: the counted span reaches past these calendars' verified
/// coverage (each with its own date).
pub(crate) fn beyond_verified<'a>(
    calendars: impl Iterator<Item = (&'a str, NaiveDate)> + Clone,
    last: NaiveDate,
) -> String {
    let s = Sentence::new()
        .s("the counted days run to ")
        .iso(last)
        .s(", after the last date checked against official lists and orders for ");
    dated_list(s, calendars, "")
        .s(": a closure after that (an executive order, an emergency) would not be known; check the court's notices")
        .done()
}

/// Warning: the counted span starts before these calendars' encoded
/// history (each with its own date).
pub(crate) fn before_calendar_history<'a>(
    calendars: impl Iterator<Item = (&'a str, NaiveDate)> + Clone,
    first: NaiveDate,
) -> String {
    let s = Sentence::new()
        .s("the counted days start on ")
        .iso(first)
        .s(", before the holiday history encoded for ");
    dated_list(s, calendars, "from ")
        .s("; for earlier dates the rules as later written are applied")
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
        .iso(from)
        .s("; the rules date ")
        .iso(rules_date)
        .s(" is earlier, so the earliest encoded version was applied")
        .done()
}

/// Warning: the courts close on the last day, which is not a legal holiday.
pub(crate) fn courts_closed_on_last_day(date: NaiveDate, reason: &super::Reason) -> String {
    let s = Sentence::new().s("the courts are closed on ").date(date);
    let s = match reason {
        super::Reason::JudiciaryHoliday { name, citation, .. } => {
            s.s(" (").s(name).s(", ").s(citation).s(")")
        }
        other => s.s(" (").show(other).s(")"),
    };
    s.s(", but it is not a legal holiday for computing time, so the period is not extended to the next day: file electronically if the court accepts it, or on an earlier day")
        .done()
}

/// The last day is a legal holiday on which the courts stay open.
pub(crate) fn open_legal_holiday_on_last_day(date: NaiveDate, reason: &super::Reason) -> String {
    let s = Sentence::new().date(date).s(" is ");
    let s = match reason {
        super::Reason::DeclaredHoliday { name, citation, .. } => {
            s.s(name).s(" (").s(citation).s(")")
        }
        other => s.show(other),
    };
    s.s(", a legal holiday on which the courts stay open: it is counted as a court day, as the rules are encoded (where it is read as a holiday, the period runs to the next court day)")
        .done()
}

/// A deadline that a local rule of the court replaces.
pub(crate) fn displaced_by_local_rule(
    court: &str,
    local_id: &str,
    local_name: &str,
    local_citation: &str,
) -> String {
    format!(
        "In {court} a local rule replaces this deadline: {local_name} ({local_id}), {local_citation}. The date above is the default rule's; compute {local_id} for the date that governs here."
    )
}

/// A deadline local rules commonly change, in a court whose local rules
/// are not bundled.
pub(crate) fn local_rules_not_bundled(court_name: &str) -> String {
    format!(
        "Local rules commonly set another time for this deadline, and the local rules of the {court_name} are not bundled: check them, and the judge's standing orders, before relying on this date."
    )
}

/// Warning: the event's date is a day the court is closed.
pub(crate) fn event_on_closed_day(date: NaiveDate, reasons: &[super::Reason]) -> String {
    let mut s = Sentence::new()
        .s("the event's date, ")
        .date(date)
        .s(", is a day the court is closed (");
    for (i, r) in reasons.iter().enumerate() {
        if i > 0 {
            s = s.s("; ");
        }
        s = s.show(r);
    }
    s.s("): check the date (service may fall on such a day; a hearing or an entry rarely does)")
        .done()
}
