//! Calendar (RFC 5545) export for the docket tool: a calendar that stays
//! right as the docket changes.
//!
//! The file is written by hand, following RFC 5545: CRLF line endings,
//! content lines folded at 75 octets (never inside a UTF-8 sequence), TEXT
//! values escaped (`\\`, `\;`, `\,`, `\n`).
//!
//! - **Identity.** An event's `UID` is a hash of the matter, the party and
//!   the deadline's id: never of a date. When a hearing is continued or a
//!   service date corrected, the next export updates the same event.
//! - **Updates.** Writing to a file that already holds an export reads it
//!   first. An event whose content changed gets the next `SEQUENCE` and a
//!   new `LAST-MODIFIED`; an unchanged one keeps both; an event of the
//!   earlier export that is no longer computed is written again as
//!   `STATUS:CANCELLED`. `DTSTAMP` is the export time the command passes in
//!   (`--export-time`, or the machine's clock): the library reads no clock.
//! - **Times.** A deadline due at a time of day (an hour period, Texas's
//!   10:00 a.m. answer) is a timed event ending at that instant (in UTC);
//!   other deadlines are all-day events on the due date.
//! - **Reminders** (`VALARM`) at 9:00 in the court's time zone a number of
//!   court days before, counted by the engine under the deadline's rule
//!   set. A reminder before the trigger, at or after the due time, or
//!   already past at the export time is not written, and the command says
//!   how many were left out.
//! - **Audit.** Each event records when it was computed, the crate version,
//!   the rule data's fingerprint and the rule version applied
//!   (`X-COURT-DEADLINES-*` properties).

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use court_deadlines::{Deadline, Direction, Period, RuleBook, Trigger, Unit};

use super::export::{Item, deadline_id, fnv1a64};

/// What the export needs besides the items.
pub struct IcsOptions<'a> {
    /// Reminders, in court days before each due date.
    pub reminders: &'a [u32],
    /// The export time (`DTSTAMP`, `LAST-MODIFIED`), passed in by the command.
    pub now: DateTime<Utc>,
    /// The file's previous contents, if it held an earlier export.
    pub previous: Option<&'a str>,
    /// The rule data's fingerprint ([`RuleBook::fingerprint`]).
    pub rules: &'a str,
}

/// The calendar text, and what the command should tell the user.
pub struct IcsOutput {
    pub text: String,
    /// Events written (not counting cancelled ones).
    pub events: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub new: usize,
    pub cancelled: usize,
    /// Reminders not written, and why.
    pub notes: Vec<String>,
}

/// The event's UID: a hash of matter, party and deadline id (`suffix` tells
/// apart the same deadline computed twice for one matter and party).
pub fn uid(matter: &str, party: &str, d: &Deadline, suffix: usize) -> String {
    let key = format!("{matter}\u{1f}{party}\u{1f}{}", deadline_id(d));
    let h = fnv1a64(key.as_bytes());
    if suffix <= 1 {
        format!("{h:016x}@court-deadlines")
    } else {
        format!("{h:016x}-{suffix}@court-deadlines")
    }
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

/// `20261214T160000Z`.
pub fn utc_stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// An event of an earlier export: its sequence, content fingerprint, last
/// modification and the lines to cancel it with.
struct Previous {
    sequence: u32,
    fingerprint: String,
    last_modified: Option<String>,
    cancelled: bool,
    /// DTSTART/DTEND/SUMMARY/LOCATION lines, as written.
    lines: Vec<String>,
}

/// Unfolds content lines (RFC 5545 § 3.1).
fn unfold(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in text.split('\n') {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        match (
            line.strip_prefix(' ').or_else(|| line.strip_prefix('\t')),
            out.last_mut(),
        ) {
            (Some(rest), Some(last)) => last.push_str(rest),
            _ => out.push(line.to_owned()),
        }
    }
    out
}

/// The events of an earlier export, by UID. Lines this tool does not write
/// are ignored; a file that is not a calendar has no events.
fn previous_events(text: &str) -> HashMap<String, Previous> {
    let mut out = HashMap::new();
    let mut depth = 0usize;
    let mut cur: Option<(String, Previous)> = None;
    for line in unfold(text) {
        let name = line
            .split([':', ';'])
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        let value = line.split_once(':').map_or("", |(_, v)| v).to_owned();
        match (name.as_str(), value.as_str()) {
            ("BEGIN", "VEVENT") if depth == 0 => {
                depth = 1;
                cur = Some((
                    String::new(),
                    Previous {
                        sequence: 0,
                        fingerprint: String::new(),
                        last_modified: None,
                        cancelled: false,
                        lines: Vec::new(),
                    },
                ));
            }
            ("BEGIN", _) if depth > 0 => depth += 1,
            ("END", "VEVENT") if depth == 1 => {
                depth = 0;
                if let Some((uid, p)) = cur.take() {
                    if !uid.is_empty() {
                        out.insert(uid, p);
                    }
                }
            }
            ("END", _) if depth > 1 => depth -= 1,
            _ if depth == 1 => {
                if let Some((uid, p)) = cur.as_mut() {
                    match name.as_str() {
                        "UID" => *uid = value,
                        "SEQUENCE" => p.sequence = value.trim().parse().unwrap_or(0),
                        "X-COURT-DEADLINES-FINGERPRINT" => p.fingerprint = value,
                        "LAST-MODIFIED" => p.last_modified = Some(value),
                        "STATUS" => p.cancelled = value.eq_ignore_ascii_case("CANCELLED"),
                        "DTSTART" | "DTEND" | "SUMMARY" | "LOCATION" => p.lines.push(line),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// One event's content: everything but the stamps and the sequence.
struct Event {
    uid: String,
    /// Its properties.
    lines: Vec<String>,
    /// Its reminders (`VALARM` components), written after the properties.
    alarms: Vec<String>,
}

/// The calendar file for `items`.
pub fn ics(book: &RuleBook, items: &[Item], o: &IcsOptions<'_>) -> Result<IcsOutput, String> {
    let previous = o.previous.map(previous_events).unwrap_or_default();
    let mut notes = Vec::new();
    let mut skipped_past = 0usize;
    let mut skipped_before_trigger = 0usize;

    // The same deadline for the same matter and party more than once: the
    // same date is one event; different dates get suffixes in date order,
    // so reordering the input does not swap them.
    let mut groups: BTreeMap<String, Vec<&Item>> = BTreeMap::new();
    for item in items {
        let key = uid(&item.matter, &item.party, &item.deadline, 1);
        groups.entry(key).or_default().push(item);
    }
    let mut events: Vec<Event> = Vec::new();
    for group in groups.values_mut() {
        group.sort_by(|a, b| {
            (a.deadline.date, a.deadline.due_at, &a.deadline.trigger.date).cmp(&(
                b.deadline.date,
                b.deadline.due_at,
                &b.deadline.trigger.date,
            ))
        });
        group.dedup_by(|a, b| {
            a.deadline.date == b.deadline.date && a.deadline.due_at == b.deadline.due_at
        });
        if group.len() > 1 {
            if let Some(first) = group.first() {
                notes.push(format!(
                    "{} is computed {} times for {}{}: the events are told apart by date order; give each a party (--party, or a party column) to keep them apart when dates change",
                    deadline_id(&first.deadline),
                    group.len(),
                    if first.matter.is_empty() { "(no matter)" } else { first.matter.as_str() },
                    if first.party.is_empty() { String::new() } else { format!(", party {}", first.party) },
                ));
            }
        }
        for (i, item) in group.iter().enumerate() {
            let (ev, past, before) = event(book, item, i + 1, o)?;
            skipped_past += past;
            skipped_before_trigger += before;
            events.push(ev);
        }
    }
    events.sort_by(|a, b| {
        a.lines
            .first()
            .cmp(&b.lines.first())
            .then(a.uid.cmp(&b.uid))
    });
    if skipped_past > 0 {
        notes.push(format!(
            "{skipped_past} reminder{} already past at the export time {} not written",
            if skipped_past == 1 { "" } else { "s" },
            if skipped_past == 1 { "was" } else { "were" }
        ));
    }
    if skipped_before_trigger > 0 {
        notes.push(format!(
            "{skipped_before_trigger} reminder{} before the triggering event or at the due time {} not written",
            if skipped_before_trigger == 1 { "" } else { "s" },
            if skipped_before_trigger == 1 { "was" } else { "were" }
        ));
    }

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
    // The notes travel with the file too (a calendar written to standard
    // output has no other place for them).
    for n in &notes {
        push_line(
            &mut out,
            &format!("X-COURT-DEADLINES-NOTE:{}", escape_text(n)),
        );
    }
    let stamp = utc_stamp(o.now);
    let (mut new, mut updated, mut unchanged) = (0, 0, 0);
    for ev in &events {
        let content = format!("{}\n{}", ev.lines.join("\n"), ev.alarms.join("\n"));
        let fingerprint = format!("{:016x}", fnv1a64(content.as_bytes()));
        let (sequence, modified) = match previous.get(&ev.uid) {
            Some(p) if p.fingerprint == fingerprint && !p.cancelled => {
                unchanged += 1;
                (
                    p.sequence,
                    p.last_modified.clone().unwrap_or_else(|| stamp.clone()),
                )
            }
            Some(p) => {
                updated += 1;
                (p.sequence.saturating_add(1), stamp.clone())
            }
            None => {
                new += 1;
                (0, stamp.clone())
            }
        };
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{}", ev.uid));
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        push_line(&mut out, &format!("LAST-MODIFIED:{modified}"));
        push_line(&mut out, &format!("SEQUENCE:{sequence}"));
        push_line(&mut out, "STATUS:CONFIRMED");
        for l in &ev.lines {
            push_line(&mut out, l);
        }
        push_line(
            &mut out,
            &format!("X-COURT-DEADLINES-FINGERPRINT:{fingerprint}"),
        );
        push_line(&mut out, &format!("X-COURT-DEADLINES-COMPUTED-AT:{stamp}"));
        push_line(&mut out, &format!("X-COURT-DEADLINES-RULES:{}", o.rules));
        for l in &ev.alarms {
            push_line(&mut out, l);
        }
        push_line(&mut out, "END:VEVENT");
    }
    // Events of the earlier export no longer computed: cancelled.
    let current: std::collections::HashSet<&str> = events.iter().map(|e| e.uid.as_str()).collect();
    let mut gone: Vec<(&String, &Previous)> = previous
        .iter()
        .filter(|(u, _)| !current.contains(u.as_str()))
        .collect();
    gone.sort_by(|a, b| a.0.cmp(b.0));
    let mut cancelled = 0;
    for (u, p) in gone {
        cancelled += 1;
        let (sequence, modified) = if p.cancelled {
            (
                p.sequence,
                p.last_modified.clone().unwrap_or_else(|| stamp.clone()),
            )
        } else {
            (p.sequence.saturating_add(1), stamp.clone())
        };
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{u}"));
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        push_line(&mut out, &format!("LAST-MODIFIED:{modified}"));
        push_line(&mut out, &format!("SEQUENCE:{sequence}"));
        push_line(&mut out, "STATUS:CANCELLED");
        for l in &p.lines {
            match l.strip_prefix("SUMMARY:") {
                Some(rest) if !rest.starts_with("CANCELLED ") => {
                    push_line(&mut out, &format!("SUMMARY:CANCELLED {rest}"));
                }
                _ => push_line(&mut out, l),
            }
        }
        push_line(
            &mut out,
            &format!("X-COURT-DEADLINES-FINGERPRINT:{}", p.fingerprint),
        );
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    Ok(IcsOutput {
        text: out,
        events: events.len(),
        updated,
        unchanged,
        new,
        cancelled,
        notes,
    })
}

/// One event's lines (without stamps), and how many reminders were left
/// out as past or as before the trigger.
fn event(
    book: &RuleBook,
    item: &Item,
    suffix: usize,
    o: &IcsOptions<'_>,
) -> Result<(Event, usize, usize), String> {
    let d = &item.deadline;
    let tz: Tz = d
        .time_zone
        .parse()
        .map_err(|_| format!("unknown time zone {:?}", d.time_zone))?;
    let mut summary = if item.matter.is_empty() {
        d.rule.name.to_string()
    } else {
        format!("{}: {}", item.matter, d.rule.name)
    };
    if !item.party.is_empty() {
        let _ = write!(summary, " ({})", item.party);
    }
    if let Some(at) = d.due_at {
        let _ = write!(
            summary,
            " — due {}",
            at.with_timezone(&tz).format("%-I:%M %p %Z")
        );
    }
    // A combined deadline missing a part may be earlier than this date: the
    // calendar entry says so where every attendee sees it.
    if d.provisional {
        summary = format!("PROVISIONAL {summary}");
    }
    let mut description = String::new();
    if !item.matter.is_empty() {
        let _ = writeln!(description, "Matter: {}", item.matter);
    }
    if !item.party.is_empty() {
        let _ = writeln!(description, "Party: {}", item.party);
    }
    let _ = writeln!(description, "Deadline: {}", deadline_id(d));
    description.push_str(super::export::with_flags(d.clone()).to_string().trim_end());
    for a in &item.assumed {
        let _ = write!(description, "\nAssumed: {a}");
    }
    let mut lines = Vec::new();
    let due_instant = match d.due_at {
        Some(at) => {
            let end = at.with_timezone(&Utc);
            let start = end - Duration::minutes(30);
            lines.push(format!("DTSTART:{}", utc_stamp(start)));
            lines.push(format!("DTEND:{}", utc_stamp(end)));
            end
        }
        None => {
            let next = d
                .date
                .succ_opt()
                .ok_or_else(|| format!("{} has no next day", d.date))?;
            lines.push(format!("DTSTART;VALUE=DATE:{}", d.date.format("%Y%m%d")));
            lines.push(format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
            tz.from_local_datetime(&next.and_time(NaiveTime::MIN))
                .earliest()
                .map_or_else(
                    || Utc.from_utc_datetime(&next.and_time(NaiveTime::MIN)),
                    |t| t.with_timezone(&Utc),
                )
        }
    };
    lines.push(format!("SUMMARY:{}", escape_text(&summary)));
    lines.push(format!("DESCRIPTION:{}", escape_text(&description)));
    lines.push(format!("LOCATION:{}", escape_text(&d.court_name)));
    lines.push("TRANSP:TRANSPARENT".to_owned());
    lines.push(format!(
        "X-COURT-DEADLINES-VERSION:{}",
        env!("CARGO_PKG_VERSION")
    ));
    lines.push(format!(
        "X-COURT-DEADLINES-RULE-VERSION:{}",
        escape_text(d.rule.version.as_deref().unwrap_or("current"))
    ));
    let trigger_start = tz
        .from_local_datetime(
            &d.trigger
                .date
                .and_time(d.trigger.time.unwrap_or(NaiveTime::MIN)),
        )
        .earliest()
        .map(|t| t.with_timezone(&Utc));
    let mut alarms: Vec<u32> = o.reminders.to_vec();
    alarms.sort_unstable_by(|a, b| b.cmp(a));
    alarms.dedup();
    let (mut past, mut before) = (0, 0);
    let mut valarms = Vec::new();
    for n in alarms {
        let day = court_days_before(book, d, n)?;
        let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN);
        let at = tz
            .from_local_datetime(&day.and_time(nine))
            .earliest()
            .ok_or_else(|| format!("9:00 does not exist on {day} in {tz}"))?
            .with_timezone(&Utc);
        if trigger_start.is_some_and(|t| at < t) || at >= due_instant {
            before += 1;
            continue;
        }
        if at < o.now {
            past += 1;
            continue;
        }
        let when = match n {
            0 => "today".to_owned(),
            1 => "in 1 court day".to_owned(),
            n => format!("in {n} court days"),
        };
        valarms.push("BEGIN:VALARM".to_owned());
        valarms.push("ACTION:DISPLAY".to_owned());
        valarms.push(format!(
            "DESCRIPTION:{}",
            escape_text(&format!("Due {when} ({}): {summary}", d.date))
        ));
        valarms.push(format!("TRIGGER;VALUE=DATE-TIME:{}", utc_stamp(at)));
        valarms.push("END:VALARM".to_owned());
    }
    let ev = Event {
        uid: uid(&item.matter, &item.party, d, suffix),
        lines,
        alarms: valarms,
    };
    Ok((ev, past, before))
}
