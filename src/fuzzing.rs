//! Fuzzing harnesses, shared by the cargo-fuzz targets in `fuzz/` and by the
//! stable-toolchain test that replays their saved corpus
//! (`tests/it/fuzz_corpus.rs`). Each takes arbitrary bytes, drives the public
//! API with them, and checks the invariants that must hold whatever the
//! input: an answer or an error, never a panic or a hang.
//!
//! Not part of the supported API.

use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate, NaiveTime};

use crate::{Direction, RuleBook, Trigger};

/// The date-only path through the counting pipeline, bypassing the
/// deadline's precompiled plan: what the plan must agree with.
///
/// # Errors
///
/// As [`crate::DeadlineRef::due_date`].
pub fn due_date_pipeline(d: &crate::DeadlineRef, t: &Trigger) -> crate::Result<NaiveDate> {
    d.due_date_pipeline(t)
}

/// The date-only path through the deadline's precompiled plan (resolved
/// now if the handle has not resolved it yet), falling back to the
/// pipeline where the plan does not answer.
///
/// # Errors
///
/// As [`crate::DeadlineRef::due_date`].
pub fn due_date_planned(d: &crate::DeadlineRef, t: &Trigger) -> crate::Result<NaiveDate> {
    d.due_date_planned(t)
}

/// The explained path with the alternative readings' plans resolved now
/// (a handle resolves them after 64 explained results).
///
/// # Errors
///
/// As [`crate::DeadlineRef::compute`].
pub fn compute_planned(d: &crate::DeadlineRef, t: &Trigger) -> crate::Result<crate::Deadline> {
    d.compute_planned(t)
}

/// Invariant checks panic on purpose: a broken invariant is the bug the
/// fuzzer is looking for.
macro_rules! check {
    ($cond:expr, $($arg:tt)*) => {
        if !$cond {
            #[allow(clippy::panic)]
            {
                panic!($($arg)*);
            }
        }
    };
}

/// Checks that the shared per-year reasons of every table of `court`'s
/// calendar sets (every combination of readings) equal the reasons found
/// afresh from the member calendars, for every closed day from `from` for
/// `days` days.
///
/// # Panics
///
/// When they differ (the bug this looks for).
pub fn check_reason_cache(court: &crate::Court, from: NaiveDate, days: u32) {
    use crate::compute::days::{Handle, Table};
    use crate::rules::model::Flags;
    for set in [&court.def.base_set, &court.def.state_set] {
        for f in 0..Flags::COUNT {
            let flags = Flags(u8::try_from(f).unwrap_or(0));
            let Ok(table) = set.table(flags) else {
                continue;
            };
            let t = Table::new(Handle::Borrowed(table), Handle::Borrowed(set), flags, &[]);
            let mut d = from;
            for _ in 0..days {
                if t.is_open(d) == Ok(false) {
                    let fresh = t.reasons_of(d, true);
                    check!(
                        *t.reasons(d) == *fresh,
                        "{}: reasons for {d} under flags {f}: cached {:?}, found {fresh:?}",
                        court.id(),
                        t.reasons(d)
                    );
                }
                d = d.succ_opt().unwrap_or(d);
            }
        }
    }
}

/// A cursor over the fuzzer's bytes.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn u8(&mut self) -> u8 {
        match self.0.split_first() {
            Some((b, rest)) => {
                self.0 = rest;
                *b
            }
            None => 0,
        }
    }

    fn u16(&mut self) -> u16 {
        u16::from(self.u8()) << 8 | u16::from(self.u8())
    }

    fn u32(&mut self) -> u32 {
        u32::from(self.u16()) << 16 | u32::from(self.u16())
    }

    /// A date from 1850 to about 2250: inside and outside the compiled window.
    fn date(&mut self) -> NaiveDate {
        let base = NaiveDate::from_ymd_opt(1850, 1, 1).unwrap_or_default();
        base.checked_add_days(Days::new(u64::from(self.u32() % 146_000)))
            .unwrap_or(base)
    }

    fn rest_str(&self) -> String {
        String::from_utf8_lossy(self.0).into_owned()
    }
}

/// Arbitrary bytes as one rule file.
pub fn load_rule_file(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match RuleBook::from_toml_str("fuzz.toml", text) {
        Err(e) => {
            let shown = e.to_string();
            check!(!shown.is_empty(), "an error renders as text");
            check!(
                e.location().is_some() || e.path().is_some(),
                "a load error names its place: {shown}"
            );
        }
        Ok(book) => exercise_book(&book),
    }
}

/// Queries every calendar of `book` around a few dates.
fn exercise_book(book: &RuleBook) {
    for cal in book.calendars() {
        for (y, m, d) in [(1900, 1, 1), (2024, 2, 29), (2025, 12, 31), (2200, 12, 31)] {
            let Some(day) = NaiveDate::from_ymd_opt(y, m, d) else {
                continue;
            };
            let open = cal.is_court_day(day);
            let why = cal.why_closed(day);
            if let (Ok(open), Ok(why)) = (&open, &why) {
                check!(*open == why.is_empty(), "closed days have reasons");
            }
            if let Ok(next) = cal.nth_court_day_after(day, 3) {
                check!(next > day, "forward");
                check!(
                    cal.is_court_day(next).unwrap_or(false),
                    "lands on a court day"
                );
            }
            let _ = cal.holidays(y);
        }
    }
    let _ = book.run_examples();
}

fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c) & 0xFFFF)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Arbitrary text as a date expression, a year cycle, a period and a time
/// of day, each placed into an otherwise valid file.
pub fn parse_expressions(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(4, '\u{1f}').map(toml_string);
    let on = parts.next().unwrap_or_default();
    let years = parts.next().unwrap_or_else(|| "\"even\"".into());
    let period = parts.next().unwrap_or_else(|| "\"1 day\"".into());
    let time = parts.next().unwrap_or_else(|| "\"16:00\"".into());
    let calendar = format!(
        "[calendar]\nid = \"fuzz\"\nname = \"F\"\ncitation = \"c\"\nweekend = [\"saturday\", \"sunday\"]\nvalid_from = 2000-01-01\nverified_through = 2030-12-31\n\n[[holiday]]\nname = \"H\"\non = {on}\nyears = {years}\ncitation = \"c\"\n"
    );
    let rules = format!(
        "[rule_set]\nid = \"fz\"\nname = \"F\"\ncitation = \"c\"\nvalid_from = 2000-01-01\n[rule_set.counting]\ncitation = \"c\"\n[event.e]\nname = \"E\"\n[deadline.d]\nname = \"D\"\ncitation = \"c\"\nfrom = \"e\"\nperiod = {period}\n"
    );
    let courts = format!(
        "[court.fz]\nname = \"F\"\nrule_sets = [\"fz\"]\ncalendars = [\"fuzz\"]\ntime_zone = \"America/New_York\"\nfiling = {{ electronic = {time} }}\n"
    );
    let _ = text.parse::<crate::Period>();
    let result = RuleBook::builder()
        .toml_str("fuzz.toml", &calendar)
        .toml_str("fz.toml", &rules)
        .toml_str("courts.toml", &courts)
        .build();
    match result {
        Err(e) => {
            check!(e.location().is_some(), "a load error names its place: {e}");
        }
        Ok(book) => {
            exercise_book(&book);
            if let Ok(court) = book.court("fz") {
                let day = NaiveDate::from_ymd_opt(2025, 3, 3).unwrap_or_default();
                let _ = court.compute("fz.d", &Trigger::on(day));
            }
        }
    }
}

/// The bundled rule book, loaded once.
fn bundled() -> Option<&'static RuleBook> {
    static BOOK: OnceLock<Option<RuleBook>> = OnceLock::new();
    BOOK.get_or_init(|| RuleBook::bundled().ok()).as_ref()
}

const UNITS: [&str; 6] = ["days", "court days", "weeks", "months", "years", "hours"];

/// Arbitrary queries against the bundled rules.
pub fn compute(data: &[u8]) {
    let Some(book) = bundled() else {
        return;
    };
    let mut b = Bytes(data);
    let courts: Vec<_> = book.courts().collect();
    let Some(court) = courts.get(usize::from(b.u16()) % courts.len().max(1)) else {
        return;
    };
    let date = b.date();
    let minutes = u32::from(b.u16()) % (24 * 60);
    let mut t =
        match b.u8() % 3 {
            0 => Trigger::on(date),
            _ => Trigger::at(date.and_time(
                NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0).unwrap_or_default(),
            )),
        };
    let service = b.u8();
    // The known methods, an unknown one, or none.
    match crate::SERVICE_METHODS.get(usize::from(service) % 12) {
        Some(s) => t = t.served_by(*s),
        None if service % 12 == 9 => t = t.served_by("pigeon"),
        None => {}
    }
    if b.u8() % 4 == 0 {
        t = t.as_of(b.date());
    }
    for _ in 0..(b.u8() % 4) {
        t = t.closed(b.date());
    }
    for _ in 0..(b.u8() % 3) {
        t = t.inaccessible(b.date());
    }
    if b.u8() % 5 == 0 {
        if let Some(origin) = courts.get(usize::from(b.u16()) % courts.len().max(1)) {
            t = t.origin_court(origin.id());
        }
    }
    // Later events: an actual date and a method of service, known or not.
    let events: Vec<String> = court
        .rule_set_ids()
        .iter()
        .filter_map(|r| book.rule_set(r).ok())
        .flat_map(|rs| {
            rs.events()
                .map(|(id, ..)| id.to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    if b.u8() % 3 == 0 {
        if let Some(e) = events.get(usize::from(b.u16()) % events.len().max(1)) {
            t = t.event_on(e.clone(), b.date());
            match crate::SERVICE_METHODS.get(usize::from(b.u8()) % 11) {
                Some(s) => t = t.event_served_by(e.clone(), *s),
                None => t = t.event_served_by(e.clone(), "pigeon"),
            }
        }
    }
    let mode = b.u8();
    if mode % 5 == 4 {
        if let Some(e) = events.get(usize::from(b.u16()) % events.len().max(1)) {
            if let Ok(s) = court.schedule(e, &t) {
                for entry in &s.entries {
                    check!(
                        entry.deadline.safe_date <= entry.deadline.date,
                        "the safe date is the earliest"
                    );
                    check!(!entry.deadline.steps.is_empty(), "a result explains itself");
                }
            }
        }
        return;
    }
    let deadlines = court.deadlines().unwrap_or_default();
    let result = if mode % 2 == 0 && !deadlines.is_empty() {
        let d = deadlines.get(usize::from(b.u16()) % deadlines.len());
        match d {
            Some(d) => {
                let full = d.compute(&t);
                // The precompiled plan, resolved now (a fresh handle would
                // otherwise take the pipeline for its first queries).
                let fast = d.due_date_planned(&t);
                // The readings' plans, resolved now: the same result.
                let planned = d.compute_planned(&t);
                check!(
                    match (&full, &planned) {
                        (Ok(a), Ok(b)) => a == b,
                        (Err(a), Err(b)) => a.to_string() == b.to_string(),
                        _ => false,
                    },
                    "the readings' plans change nothing: {}.{} in {}",
                    d.rule_set_id(),
                    d.id(),
                    court.id()
                );
                match (&full, &fast) {
                    (Ok(full), Ok(fast)) => check!(full.date == *fast, "date-only path agrees"),
                    (Err(_), Err(_)) => {}
                    _ => check!(
                        false,
                        "both paths succeed or fail together: {}.{} in {}: explained {:?}, date only {:?}",
                        d.rule_set_id(),
                        d.id(),
                        court.id(),
                        full.as_ref().map(|x| x.date),
                        fast
                    ),
                }
                full
            }
            None => return,
        }
    } else {
        let amount = b.u32() % 100_000;
        let unit = UNITS
            .get(usize::from(b.u8()) % UNITS.len())
            .copied()
            .unwrap_or("days");
        let direction = if b.u8() % 2 == 0 {
            Direction::After
        } else {
            Direction::Before
        };
        let rules = court
            .rule_set_ids()
            .first()
            .map(String::as_str)
            .unwrap_or("frcp");
        let period = if b.u8() % 7 == 0 {
            b.rest_str()
        } else {
            format!("{amount} {unit}")
        };
        court.compute_period(rules, &period, direction, &t)
    };
    if let Ok(due) = result {
        check!(due.safe_date <= due.date, "the safe date is the earliest");
        let text = due.to_string();
        check!(!text.is_empty(), "the explanation renders");
        check!(!due.steps.is_empty(), "a result explains itself");
        check!(
            (1900..=2200).contains(&due.date.year()),
            "results stay in the compiled window: {} in {}: {}",
            due.rule.name,
            due.court,
            due.date
        );
    }
}
