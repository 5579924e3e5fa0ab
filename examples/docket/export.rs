//! Calendar (RFC 5545) and CSV export for the docket tool.
//!
//! The calendar is written by hand, following RFC 5545: CRLF line endings,
//! content lines folded at 75 octets (never inside a UTF-8 sequence), TEXT
//! values escaped (`\\`, `\;`, `\,`, `\n`). Each deadline is an all-day
//! event on its due date (`DTEND` the day after), with reminders
//! (`VALARM`) at 9:00 in the court's time zone a number of court days
//! before, counted by the engine under the deadline's rule set. Nothing
//! reads the clock: `DTSTAMP` is the trigger date at midnight UTC and the
//! `UID` is an FNV-1a hash of matter, court, deadline and trigger, so the
//! same deadline exported twice has the same UID and a calendar updates
//! it instead of adding a copy.

use std::collections::HashSet;
use std::fmt::Write as _;

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use court_deadlines::{Deadline, Direction, Period, RuleBook, Trigger, Unit};

/// One computed deadline to export, with the matter it belongs to.
pub struct Item {
    /// The matter (case name or file number); may be empty.
    pub matter: String,
    /// The computed deadline.
    pub deadline: Deadline,
    /// Dates a schedule assumed to get here.
    pub assumed: Vec<String>,
}

/// The deadline's id for people and files: `frcp.answer`, or, for an
/// ad-hoc period, `frcp: 14 days after`.
pub fn deadline_id(d: &Deadline) -> String {
    match &d.rule.deadline {
        Some(id) => format!("{}.{id}", d.rule.rule_set),
        None => format!(
            "{}: {} {}",
            d.rule.rule_set, d.rule.period, d.rule.direction
        ),
    }
}

/// The trigger as typed: `2026-11-27` or `2007-11-02T10:23`.
pub fn trigger_text(d: &Deadline) -> String {
    match d.trigger.time {
        Some(t) => format!("{}T{}", d.trigger.date, t.format("%H:%M")),
        None => d.trigger.date.to_string(),
    }
}

/// 64-bit FNV-1a: stable across Rust versions and platforms, unlike std's
/// `DefaultHasher`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The event's UID: a hash of matter, court, deadline and trigger.
pub fn uid(matter: &str, d: &Deadline) -> String {
    let key = format!(
        "{matter}\u{1f}{}\u{1f}{}\u{1f}{}",
        d.court,
        deadline_id(d),
        trigger_text(d)
    );
    format!("{:016x}@court-deadlines", fnv1a64(key.as_bytes()))
}

/// Escapes a TEXT value (RFC 5545 § 3.3.11).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets (RFC 5545 § 3.1): each
/// continuation line starts with a space, which counts toward its 75.
pub fn push_line(out: &mut String, line: &str) {
    let mut len = 0;
    for c in line.chars() {
        if len + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The date `n` court days before the deadline's date, counted by the
/// engine in the deadline's court under its rule set (the due date itself
/// for `n = 0`).
pub fn court_days_before(book: &RuleBook, d: &Deadline, n: u32) -> Result<NaiveDate, String> {
    if n == 0 {
        return Ok(d.date);
    }
    let court = book.court(&d.court).map_err(|e| e.to_string())?;
    let period = Period {
        amount: n,
        unit: Unit::CourtDay,
    }
    .to_string();
    court
        .compute_period(
            &d.rule.rule_set,
            &period,
            Direction::Before,
            &Trigger::on(d.date),
        )
        .map(|r| r.date)
        .map_err(|e| format!("reminder {period} before {}: {e}", d.date))
}

fn utc_stamp(t: chrono::DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// The calendar file for `items`, with reminders `reminders` court days
/// before each due date.
pub fn ics(book: &RuleBook, items: &[Item], reminders: &[u32]) -> Result<String, String> {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//court-deadlines//docket//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Court deadlines",
    ] {
        push_line(&mut out, line);
    }
    let mut seen = HashSet::new();
    for item in items {
        let d = &item.deadline;
        let mut id = uid(&item.matter, d);
        // The same deadline reached twice with the same trigger is the same
        // event; anything else colliding gets a distinguishing suffix.
        let mut n = 1;
        while !seen.insert(id.clone()) {
            n += 1;
            id = format!("{}-{n}", uid(&item.matter, d));
        }
        let tz: Tz = d
            .time_zone
            .parse()
            .map_err(|_| format!("unknown time zone {:?}", d.time_zone))?;
        let summary = if item.matter.is_empty() {
            d.rule.name.to_string()
        } else {
            format!("{}: {}", item.matter, d.rule.name)
        };
        // A combined deadline missing a part may be earlier than this date:
        // the calendar entry says so where every attendee sees it.
        let summary = if d.provisional {
            format!("PROVISIONAL {summary}")
        } else {
            summary
        };
        let mut description = String::new();
        if !item.matter.is_empty() {
            let _ = writeln!(description, "Matter: {}", item.matter);
        }
        let _ = writeln!(description, "Deadline: {}", deadline_id(d));
        description.push_str(d.to_string().trim_end());
        for a in &item.assumed {
            let _ = write!(description, "\nAssumed: {a}");
        }
        let stamp = Utc.from_utc_datetime(&d.trigger.date.and_time(NaiveTime::MIN));
        let next = d
            .date
            .succ_opt()
            .ok_or_else(|| format!("{} has no next day", d.date))?;
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{id}"));
        push_line(&mut out, &format!("DTSTAMP:{}", utc_stamp(stamp)));
        push_line(
            &mut out,
            &format!("DTSTART;VALUE=DATE:{}", d.date.format("%Y%m%d")),
        );
        push_line(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")),
        );
        push_line(&mut out, &format!("SUMMARY:{}", escape_text(&summary)));
        push_line(
            &mut out,
            &format!("DESCRIPTION:{}", escape_text(&description)),
        );
        push_line(
            &mut out,
            &format!("LOCATION:{}", escape_text(&d.court_name)),
        );
        push_line(&mut out, "TRANSP:TRANSPARENT");
        let mut alarms: Vec<u32> = reminders.to_vec();
        alarms.sort_unstable_by(|a, b| b.cmp(a));
        alarms.dedup();
        for n in alarms {
            let day = court_days_before(book, d, n)?;
            let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN);
            let at = tz
                .from_local_datetime(&day.and_time(nine))
                .earliest()
                .ok_or_else(|| format!("9:00 does not exist on {day} in {tz}"))?
                .with_timezone(&Utc);
            let when = match n {
                0 => "today".to_owned(),
                1 => "in 1 court day".to_owned(),
                n => format!("in {n} court days"),
            };
            push_line(&mut out, "BEGIN:VALARM");
            push_line(&mut out, "ACTION:DISPLAY");
            push_line(
                &mut out,
                &format!(
                    "DESCRIPTION:{}",
                    escape_text(&format!("Due {when} ({}): {summary}", d.date))
                ),
            );
            push_line(
                &mut out,
                &format!("TRIGGER;VALUE=DATE-TIME:{}", utc_stamp(at)),
            );
            push_line(&mut out, "END:VALARM");
        }
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    Ok(out)
}

/// The CSV columns of an exported deadline (batch output adds `row` first).
pub const CSV_HEADER: [&str; 14] = [
    "matter",
    "court",
    "deadline",
    "name",
    "citation",
    "event",
    "trigger",
    "service",
    "date",
    "due_at",
    "safe_date",
    "assumed",
    "warnings",
    "error",
];

/// One CSV record for a computed deadline.
pub fn csv_record(item: &Item) -> Vec<String> {
    let d = &item.deadline;
    vec![
        item.matter.clone(),
        d.court.to_string(),
        d.rule
            .deadline
            .as_ref()
            .map_or_else(String::new, |_| deadline_id(d)),
        if d.provisional {
            format!("PROVISIONAL {}", d.rule.name)
        } else {
            d.rule.name.to_string()
        },
        d.rule.citation.to_string(),
        d.trigger.event.as_deref().unwrap_or("").to_owned(),
        trigger_text(d),
        d.trigger.service.clone().unwrap_or_default(),
        d.date.to_string(),
        d.due_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        d.safe_date.to_string(),
        item.assumed.join("; "),
        d.warnings
            .iter()
            .map(|w| w.message.as_str())
            .collect::<Vec<_>>()
            .join("; "),
        String::new(),
    ]
}
