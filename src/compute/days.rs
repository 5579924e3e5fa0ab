//! The days a computation counts with: the court's merged calendar set for
//! the direction and reading, the caller's closures, and why each closed
//! day is closed.

use std::sync::Arc;

use chrono::{Datelike, Days, NaiveDate};

use crate::calendar::reasons::ReasonCache;
use crate::calendar::table::DayTable;
use crate::calendar::{Calendar, Coverage};
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Reason, SkippedDay};
use crate::rules::model::{CalendarSet, Flags, Overrides};
use crate::vocab::ClosureKind;
use crate::vocab::{Direction, ExecutiveOrderClosures, HowCounted, StateClosures, StateHolidays};

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
    pub(crate) closed: &'a [NaiveDate],
    /// The classes of days opened or closed (which table of the set).
    pub(crate) flags: Flags,
    /// The set's shared reasons for that table, when the set is the
    /// court's own (not merged for this computation).
    pub(crate) cache: Option<&'a ReasonCache>,
}

impl Table<'_> {
    /// Executive-order closures count as open days (a reading).
    #[inline]
    fn eo_open(&self) -> bool {
        self.flags.has(Flags::EO_OPEN)
    }

    /// The legal holidays on which the courts stay open count as closed
    /// days (a reading, or the court's own rule set).
    #[inline]
    fn declared(&self) -> bool {
        self.flags.has(Flags::STATE_OPEN_COUNTED) || self.flags.has(Flags::OWN_OPEN_COUNTED)
    }

    /// Days the courts close that are not legal holidays count as open days.
    #[inline]
    fn non_legal_open(&self) -> bool {
        self.flags.has(Flags::NON_LEGAL_OPEN)
    }

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

    /// The judiciary holiday on `d` that this computation counts as an
    /// ordinary day, if any: the courts are closed on it.
    pub(crate) fn judiciary_holiday(&self, d: NaiveDate) -> Option<Reason> {
        if !self.non_legal_open() {
            return None;
        }
        self.set.members.iter().find_map(|(cal, _)| {
            cal.why_closed(d)
                .unwrap_or_default()
                .into_iter()
                .find(|r| matches!(r, Reason::JudiciaryHoliday { .. }))
        })
    }

    /// Why `d` is closed, as lines for an explanation (shared: a day's
    /// reasons are found once per table and year).
    pub(crate) fn reasons(&self, d: NaiveDate) -> Arc<[Reason]> {
        if let Some(cache) = self.cache.filter(|_| !self.closed.contains(&d)) {
            if let Some(r) = cache.get(d, |y| self.year_reasons(y)) {
                return r;
            }
        }
        self.reasons_of(d, true).into()
    }

    /// Every day of year `y` closed in the shared table (the caller's
    /// closures aside), with its reasons, in date order.
    #[cold]
    #[inline(never)]
    fn year_reasons(&self, y: i32) -> Vec<(u16, Arc<[Reason]>)> {
        let mut out = Vec::with_capacity(128);
        let (Some(base), Some(first)) = (
            self.set.table(self.flags).ok(),
            NaiveDate::from_ymd_opt(y, 1, 1),
        ) else {
            return out;
        };
        let Some(i0) = base.index(first) else {
            return out;
        };
        for o in 0u16..366 {
            let j = i0 + u32::from(o);
            if j >= base.len() || base.is_open(j) {
                continue;
            }
            match base.date_from(first, i0, j) {
                Some(d) if d.year() == y => out.push((o, self.reasons_of(d, false).into())),
                _ => {}
            }
        }
        out
    }

    /// Why `d` is closed, found from the member calendars (and, when
    /// `caller`, the caller's closures).
    pub(crate) fn reasons_of(&self, d: NaiveDate, caller: bool) -> Vec<Reason> {
        let mut out: Vec<Reason> = Vec::new();
        for (cal, is_state) in self.set.members.iter() {
            let declared = if self.declared() && *is_state {
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
                if self.eo_open()
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
        if caller && self.closed.contains(&d) {
            out.push(Reason::CallerClosure);
        }
        out
    }

    /// A legal holiday of the state on which the courts stay open, observed
    /// on `d` in one of the state's calendars counted here (Fed. R. Civ. P.
    /// 6(a)(6)(C): "declared a holiday by the state"), when this computation
    /// counts such days as court days (the default). A court's own calendar's
    /// such days are not reported: its rule set decides how they count.
    pub(crate) fn open_legal_holiday(&self, d: NaiveDate) -> Option<Reason> {
        if self.declared() || !self.is_open(d).unwrap_or(false) {
            return None;
        }
        self.set
            .members
            .iter()
            .filter(|(_, is_state)| *is_state)
            .find_map(|(cal, _)| cal.declared_open_holidays(d).ok()?.into_iter().next())
    }

    /// Whether `d` is skipped only as a state's legal holiday on which the
    /// courts stay open (no calendar, and no caller, closes it).
    pub(crate) fn only_declared(&self, d: NaiveDate) -> bool {
        if !self.declared() || self.closed.contains(&d) {
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
        self.closed_days(a, b, Vec::new())
    }

    /// `a` (a closed day), then the closed days strictly between `a` and
    /// `b`: the days a roll from `a` to `b` passes over.
    pub(crate) fn closed_between_from(&self, a: NaiveDate, b: NaiveDate) -> Vec<SkippedDay> {
        let mut out = Vec::with_capacity(4);
        out.push(SkippedDay {
            date: a,
            reasons: self.reasons(a),
        });
        self.closed_days(a, b, out)
    }

    fn closed_days(&self, a: NaiveDate, b: NaiveDate, mut out: Vec<SkippedDay>) -> Vec<SkippedDay> {
        let (Some(i), Some(k)) = (self.table.index(a), self.table.index(b)) else {
            return out;
        };
        let mut push = |j: u32| {
            if !self.table.is_open(j) {
                if let Some(d) = self.table.date_from(a, i, j) {
                    out.push(SkippedDay {
                        date: d,
                        reasons: self.reasons(d),
                    });
                }
            }
        };
        if k >= i {
            (i + 1..k).take(400).for_each(&mut push);
        } else {
            (k + 1..i).rev().take(400).for_each(&mut push);
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
    let (own, with_state) = own_set(job);
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
    let flags = flags(job, overrides);
    let table = match &set {
        Handle::Borrowed(s) => {
            let base = s.table(flags)?;
            if closed.is_empty() {
                Handle::Borrowed(base)
            } else {
                Handle::Owned(Box::new(base.with_closed(closed)))
            }
        }
        Handle::Owned(s) => Handle::Owned(Box::new(s.table(flags)?.with_closed(closed))),
    };
    Ok(Table::new(table, set, flags, job.closed))
}

impl<'a> Table<'a> {
    /// The table `table` of `set` under `flags`, with the caller's closures.
    pub(crate) fn new(
        table: Handle<'a, DayTable>,
        set: Handle<'a, CalendarSet>,
        flags: Flags,
        closed: &'a [NaiveDate],
    ) -> Table<'a> {
        let cache = match set {
            Handle::Borrowed(s) => s.reason_cache(flags),
            Handle::Owned(_) => None,
        };
        Table {
            table,
            set,
            closed,
            flags,
            cache,
        }
    }
}

/// The court's own calendar set for the job's direction, and whether it
/// includes the state's holidays.
#[inline]
pub(crate) fn own_set<'a>(job: &Job<'a>) -> (&'a CalendarSet, bool) {
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
    (own, with_state)
}

/// The classes of days a computation opens or closes: the rule set's
/// convention, changed by a reading's overrides.
#[inline]
pub(crate) fn flags(job: &Job<'_>, overrides: &Overrides) -> Flags {
    let mut f = 0;
    if overrides.eo_closures == Some(ExecutiveOrderClosures::Open) {
        f |= Flags::EO_OPEN;
    }
    if overrides.state_closures == Some(StateClosures::Open) {
        f |= Flags::STATE_CLOSURES_OPEN;
    }
    if overrides.state_open_holidays == Some(StateClosures::Closed) {
        f |= Flags::STATE_OPEN_COUNTED;
    }
    let own = overrides
        .court_open_holidays
        .unwrap_or(job.conv.court_open_holidays);
    if own == HowCounted::Closed {
        f |= Flags::OWN_OPEN_COUNTED;
    }
    let non_legal = overrides
        .non_legal_holidays
        .unwrap_or(job.conv.non_legal_holidays);
    if non_legal == HowCounted::Open {
        f |= Flags::NON_LEGAL_OPEN;
    }
    Flags(f)
}

/// Two calendar sets counted together: a day is open only if both are
/// open. A calendar in either set is the state's if it is in either.
#[cold]
#[inline(never)]
pub(crate) fn merge(a: &CalendarSet, b: &CalendarSet) -> Result<CalendarSet> {
    let mut calendars: Vec<String> = a
        .calendars
        .iter()
        .chain(b.calendars.iter())
        .cloned()
        .collect();
    calendars.sort();
    calendars.dedup();
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
    Ok(CalendarSet::new(
        calendars.into(),
        state_calendars.into(),
        members.into(),
        Coverage {
            valid_from: a.coverage.valid_from.max(b.coverage.valid_from),
            verified_through: a.coverage.verified_through.min(b.coverage.verified_through),
        },
    ))
}
