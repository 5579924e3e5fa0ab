//! The days a computation counts with: the court's merged calendar set for
//! the direction and reading, the caller's closures, and why each closed
//! day is closed.

use std::sync::{Arc, OnceLock};

use chrono::{Days, NaiveDate};

use crate::calendar::table::DayTable;
use crate::calendar::{Calendar, Coverage};
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Reason, SkippedDay};
use crate::rules::model::{CalendarSet, Overrides, SetTables};
use crate::vocab::ClosureKind;
use crate::vocab::{Direction, ExecutiveOrderClosures, StateClosures, StateHolidays};

use super::job::Job;

/// A borrowed value, or one built for this computation (boxed, so the
/// handle stays pointer-sized and cheap to move).
pub(crate) enum Handle<'a, T> {
    Borrowed(&'a T),
    Owned(Box<T>),
}

impl<T> std::ops::Deref for Handle<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        match self {
            Handle::Borrowed(t) => t,
            Handle::Owned(t) => t,
        }
    }
}

/// The day table a computation counts with, and what it is made of.
pub(crate) struct Table<'a> {
    pub(crate) table: Handle<'a, DayTable>,
    pub(crate) set: Handle<'a, CalendarSet>,
    pub(crate) eo_open: bool,
    /// The state's legal holidays on which its courts stay open are counted
    /// as closed days (a reading).
    pub(crate) declared: bool,
    pub(crate) closed: &'a [NaiveDate],
}

impl Table<'_> {
    #[inline]
    pub(crate) fn index(&self, d: NaiveDate) -> Result<u32> {
        self.table.index(d).ok_or_else(|| out_of_window(d))
    }

    #[inline]
    pub(crate) fn is_open(&self, d: NaiveDate) -> Result<bool> {
        Ok(self.table.is_open(self.index(d)?))
    }

    #[inline]
    pub(crate) fn date(
        &self,
        d: NaiveDate,
        i: u32,
        j: Option<u32>,
        what: impl FnOnce() -> String,
    ) -> Result<NaiveDate> {
        j.and_then(|j| self.table.date_from(d, i, j))
            .ok_or_else(|| beyond(what()))
    }

    /// The `n`-th court day from `d` in `dir` (`d` never counts).
    #[inline]
    pub(crate) fn nth(&self, d: NaiveDate, n: u32, dir: Direction) -> Result<NaiveDate> {
        let i = self.index(d)?;
        let j = match dir {
            Direction::After => self.table.nth_after(i, n),
            Direction::Before => self.table.nth_before(i, n),
        };
        self.date(d, i, j, || format!("court day {n} {dir} {d}"))
    }

    /// `d` if open, else the nearest court day in `dir`.
    #[inline]
    pub(crate) fn roll(&self, d: NaiveDate, dir: Direction) -> Result<NaiveDate> {
        let i = self.index(d)?;
        if self.table.is_open(i) {
            return Ok(d);
        }
        let j = match dir {
            Direction::After => self.table.next_open(i),
            Direction::Before => self.table.prev_open(i),
        };
        self.date(d, i, j, || format!("the court day {dir} {d}"))
    }

    /// Why `d` is closed, as lines for an explanation.
    pub(crate) fn reasons(&self, d: NaiveDate) -> Vec<Reason> {
        let mut out: Vec<Reason> = Vec::new();
        for (cal, is_state) in self.set.members.iter() {
            let declared = if self.declared && *is_state {
                cal.declared_open_holidays(d).unwrap_or_default()
            } else {
                Vec::new()
            };
            for r in cal
                .why_closed(d)
                .unwrap_or_default()
                .into_iter()
                .chain(declared)
            {
                if self.eo_open
                    && matches!(
                        r,
                        Reason::Closure {
                            closure_kind: ClosureKind::ExecutiveOrder,
                            ..
                        }
                    )
                {
                    continue;
                }
                if !out.contains(&r) {
                    out.push(r);
                }
            }
        }
        if self.closed.contains(&d) {
            out.push(Reason::CallerClosure);
        }
        out
    }

    /// Whether `d` is skipped only as a state's legal holiday on which the
    /// courts stay open (no calendar, and no caller, closes it).
    pub(crate) fn only_declared(&self, d: NaiveDate) -> bool {
        if !self.declared || self.closed.contains(&d) {
            return false;
        }
        let mut declared = false;
        for (cal, is_state) in self.set.members.iter() {
            if !cal.is_court_day(d).unwrap_or(false) {
                return false;
            }
            if *is_state && !cal.declared_open_holidays(d).unwrap_or_default().is_empty() {
                declared = true;
            }
        }
        declared
    }

    /// The closed days strictly between `a` and `b`, walking from `a`
    /// towards `b`, with reasons (at most 400 listed).
    pub(crate) fn closed_between(&self, a: NaiveDate, b: NaiveDate) -> Vec<SkippedDay> {
        let step = if b >= a { 1 } else { -1 };
        let mut out = Vec::new();
        let mut d = a;
        for _ in 0..400 {
            match add_days(d, step) {
                Ok(n) if n != b => d = n,
                _ => break,
            }
            if !self.is_open(d).unwrap_or(true) {
                out.push(SkippedDay {
                    date: d,
                    reasons: self.reasons(d),
                });
            }
        }
        out
    }
}

#[cold]
pub(crate) fn out_of_window(d: NaiveDate) -> Error {
    Error::new(
        ErrorKind::OutOfRange,
        format!("{d} is outside the years calendars are compiled for (1900 to 2200)"),
    )
}

#[cold]
pub(crate) fn beyond(what: String) -> Error {
    Error::new(
        ErrorKind::OutOfRange,
        format!("{what} lies outside the years calendars are compiled for (1900 to 2200)"),
    )
}

#[inline]
pub(crate) fn signed(dir: Direction, n: i64) -> i64 {
    match dir {
        Direction::After => n,
        Direction::Before => -n,
    }
}

#[inline]
pub(crate) fn add_days(d: NaiveDate, n: i64) -> Result<NaiveDate> {
    let r = if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    };
    r.ok_or_else(|| beyond(format!("{d} {n:+} days")))
}

/// Picks the day table: the court's own calendars, plus its state's when
/// state holidays count for this direction; without executive-order
/// closures under that reading; with the caller's closures.
#[inline]
pub(crate) fn days<'a>(job: &Job<'a>, overrides: &Overrides) -> Result<Table<'a>> {
    let with_state = match job.conv.state_holidays {
        StateHolidays::None => false,
        StateHolidays::All => true,
        StateHolidays::ForwardOnly => job.direction == Direction::After,
    };
    let own: &CalendarSet = if with_state {
        &job.court.state_set
    } else {
        &job.court.base_set
    };
    let set = match job.origin {
        Some(origin) if with_state && !Arc::ptr_eq(&origin.state_set, &job.court.state_set) => {
            Handle::Owned(Box::new(merge(own, &origin.state_set)?))
        }
        _ => Handle::Borrowed(own),
    };
    let closed: Vec<u32> = if job.closed.is_empty() {
        Vec::new()
    } else {
        job.closed
            .iter()
            .filter_map(|d| DayTable::index_of(*d))
            .collect()
    };
    let (table, eo_open, declared) = match &set {
        Handle::Borrowed(s) => {
            let tables = s.tables()?;
            let (base, eo_open, declared) = variant(tables, overrides);
            let table = if closed.is_empty() {
                Handle::Borrowed(base)
            } else {
                Handle::Owned(Box::new(base.with_closed(closed)))
            };
            (table, eo_open, declared)
        }
        Handle::Owned(s) => {
            let tables = s.tables()?;
            let (base, eo_open, declared) = variant(tables, overrides);
            (
                Handle::Owned(Box::new(base.with_closed(closed))),
                eo_open,
                declared,
            )
        }
    };
    Ok(Table {
        table,
        set,
        eo_open,
        declared,
        closed: job.closed,
    })
}

/// The set's table under a reading: one reading changes one class of days
/// (executive-order closures, the state's court closures, or the state's
/// legal holidays on which its courts stay open).
#[inline]
pub(crate) fn variant<'s>(s: &'s SetTables, overrides: &Overrides) -> (&'s DayTable, bool, bool) {
    let pick = |t: &'s Option<DayTable>, on: bool| t.as_ref().filter(|_| on);
    let eo = pick(
        &s.eo_open,
        overrides.eo_closures == Some(ExecutiveOrderClosures::Open),
    );
    let closures = pick(
        &s.state_closures_open,
        overrides.state_closures == Some(StateClosures::Open),
    );
    let open_days = pick(
        &s.state_open_holidays_counted,
        overrides.state_open_holidays == Some(StateClosures::Closed),
    );
    (
        eo.or(closures).or(open_days).unwrap_or(&s.table),
        eo.is_some(),
        open_days.is_some(),
    )
}

/// Two calendar sets counted together: a day is open only if both are open.
pub(crate) fn merge(sa: &CalendarSet, sb: &CalendarSet) -> Result<CalendarSet> {
    let (a, b) = (sa, sb);
    let (ta, tb) = (sa.tables()?, sb.tables()?);
    let mut calendars: Vec<String> = a
        .calendars
        .iter()
        .chain(b.calendars.iter())
        .cloned()
        .collect();
    calendars.sort();
    calendars.dedup();
    let both = |x: &Option<DayTable>, y: &Option<DayTable>| match (x, y) {
        (None, None) => None,
        (x, y) => Some(
            x.as_ref()
                .unwrap_or(&ta.table)
                .intersect(y.as_ref().unwrap_or(&tb.table)),
        ),
    };
    let mut state_calendars: Vec<String> = a
        .state_calendars
        .iter()
        .chain(b.state_calendars.iter())
        .cloned()
        .collect();
    state_calendars.sort();
    state_calendars.dedup();
    let mut members: Vec<(Arc<Calendar>, bool)> = Vec::new();
    for (c, st) in a.members.iter().chain(b.members.iter()) {
        match members.iter_mut().find(|(m, _)| Arc::ptr_eq(m, c)) {
            Some((_, s)) => *s |= *st,
            None => members.push((Arc::clone(c), *st)),
        }
    }
    members.sort_by(|x, y| x.0.id().cmp(y.0.id()));
    let tables = SetTables {
        table: ta.table.intersect(&tb.table),
        eo_open: both(&ta.eo_open, &tb.eo_open),
        state_closures_open: both(&ta.state_closures_open, &tb.state_closures_open),
        state_open_holidays_counted: both(
            &ta.state_open_holidays_counted,
            &tb.state_open_holidays_counted,
        ),
    };
    Ok(CalendarSet {
        members: members.into(),
        calendars: calendars.into(),
        state_calendars: state_calendars.into(),
        coverage: Coverage {
            valid_from: a.coverage.valid_from.max(b.coverage.valid_from),
            verified_through: a.coverage.verified_through.min(b.coverage.verified_through),
        },
        tables: OnceLock::from(Ok(tables)),
    })
}
