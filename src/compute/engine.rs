//! The counting pipeline: start, count, extend, adjust, roll, extend, roll,
//! inaccessibility. Every stage that changes the date records one step
//! naming the rule it applies — when a recorder is given; the date-only
//! path records nothing and allocates nothing.

use std::sync::Arc;

use chrono::{
    DateTime, Datelike, Days, FixedOffset, LocalResult, Months, NaiveDate, NaiveDateTime, Offset,
    TimeDelta, TimeZone, Weekday,
};
use chrono_tz::Tz;

use crate::calendar::table::DayTable;
use crate::calendar::{Calendar, Coverage};
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Op, Reason, Reasons, SkippedDay, Step, StepKind, Warning, WarningCode};
use crate::rules::RuleBook;
use crate::rules::model::{
    CalendarSet, Convention, CourtDef, DeadlineKind, Overrides, ServiceRule, Text, When,
};
use crate::text::long_date;
use crate::vocab::ClosureKind;
use crate::vocab::{
    Adjust, Direction, ExecutiveOrderClosures, MonthEnd, Period, Roll, ServiceWhen, Start,
    StateClosures, StateHolidays, Unit,
};

/// Everything one computation needs, resolved.
pub(crate) struct Job<'a> {
    pub(crate) book: &'a RuleBook,
    pub(crate) court: &'a CourtDef,
    pub(crate) conv: &'a Convention,
    pub(crate) period: Period,
    pub(crate) direction: Direction,
    pub(crate) roll: Option<Roll>,
    pub(crate) month_end: Option<MonthEnd>,
    pub(crate) adjust: Option<Adjust>,
    pub(crate) kind: DeadlineKind,
    pub(crate) calendar_days: bool,
    /// The service extension that applies, with its method id.
    pub(crate) service: Option<(&'a str, &'a ServiceRule)>,
    /// The extension for the trigger's method even where the deadline
    /// applies none (for readings that switch it on).
    pub(crate) service_available: Option<(&'a str, &'a ServiceRule)>,
    pub(crate) trigger: When,
    pub(crate) closed: &'a [NaiveDate],
    pub(crate) inaccessible: &'a [NaiveDate],
    /// The event's name, for the start step.
    pub(crate) event_name: Option<&'a str>,
    /// The court whose judgment is reviewed, whose state's holidays also
    /// count (Fed. R. App. P. 26(a)(6)(C)).
    pub(crate) origin: Option<&'a CourtDef>,
}

/// What a computation produced.
pub(crate) struct Outcome {
    pub(crate) date: NaiveDate,
    pub(crate) due_at: Option<DateTime<FixedOffset>>,
    /// The calendars counted (when explaining), and their common coverage.
    pub(crate) calendars: Option<Arc<[String]>>,
    pub(crate) coverage: Coverage,
}

/// A borrowed value, or one built for this computation (boxed, so the
/// handle stays pointer-sized and cheap to move).
enum Handle<'a, T> {
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
struct Table<'a> {
    table: Handle<'a, DayTable>,
    set: Handle<'a, CalendarSet>,
    eo_open: bool,
    /// The state's legal holidays on which its courts stay open are counted
    /// as closed days (a reading).
    declared: bool,
    closed: &'a [NaiveDate],
}

impl Table<'_> {
    #[inline]
    fn index(&self, d: NaiveDate) -> Result<u32> {
        self.table.index(d).ok_or_else(|| out_of_window(d))
    }

    #[inline]
    fn is_open(&self, d: NaiveDate) -> Result<bool> {
        Ok(self.table.is_open(self.index(d)?))
    }

    #[inline]
    fn date(
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
    fn nth(&self, d: NaiveDate, n: u32, dir: Direction) -> Result<NaiveDate> {
        let i = self.index(d)?;
        let j = match dir {
            Direction::After => self.table.nth_after(i, n),
            Direction::Before => self.table.nth_before(i, n),
        };
        self.date(d, i, j, || format!("court day {n} {dir} {d}"))
    }

    /// `d` if open, else the nearest court day in `dir`.
    #[inline]
    fn roll(&self, d: NaiveDate, dir: Direction) -> Result<NaiveDate> {
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
    fn reasons(&self, _book: &RuleBook, d: NaiveDate) -> Vec<Reason> {
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
    fn only_declared(&self, _book: &RuleBook, d: NaiveDate) -> bool {
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
    fn closed_between(&self, book: &RuleBook, a: NaiveDate, b: NaiveDate) -> Vec<SkippedDay> {
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
                    reasons: self.reasons(book, d),
                });
            }
        }
        out
    }
}

#[cold]
fn out_of_window(d: NaiveDate) -> Error {
    Error::new(
        ErrorKind::OutOfRange,
        format!("{d} is outside the years calendars are compiled for (1900 to 2200)"),
    )
}

#[cold]
fn beyond(what: String) -> Error {
    Error::new(
        ErrorKind::OutOfRange,
        format!("{what} lies outside the years calendars are compiled for (1900 to 2200)"),
    )
}

fn signed(dir: Direction, n: i64) -> i64 {
    match dir {
        Direction::After => n,
        Direction::Before => -n,
    }
}

#[inline]
fn add_days(d: NaiveDate, n: i64) -> Result<NaiveDate> {
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
fn days<'a>(job: &Job<'a>, overrides: &Overrides) -> Result<Table<'a>> {
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
            Handle::Owned(Box::new(merge(own, &origin.state_set)))
        }
        _ => Handle::Borrowed(own),
    };
    let eo_open =
        overrides.eo_closures == Some(ExecutiveOrderClosures::Open) && set.eo_open.is_some();
    let closed: Vec<u32> = if job.closed.is_empty() {
        Vec::new()
    } else {
        job.closed
            .iter()
            .filter_map(|d| set.table.index(*d))
            .collect()
    };
    let table = match &set {
        Handle::Borrowed(s) => {
            let base = variant(s, eo_open, overrides);
            if closed.is_empty() {
                Handle::Borrowed(base)
            } else {
                Handle::Owned(Box::new(base.with_closed(closed)))
            }
        }
        Handle::Owned(s) => {
            let base = variant(s, eo_open, overrides);
            Handle::Owned(Box::new(base.with_closed(closed)))
        }
    };
    let declared = overrides.state_open_holidays == Some(StateClosures::Closed)
        && set.state_open_holidays_counted.is_some();
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
fn variant<'s>(s: &'s CalendarSet, eo_open: bool, overrides: &Overrides) -> &'s DayTable {
    let pick = |t: &'s Option<DayTable>, on: bool| t.as_ref().filter(|_| on);
    let eo = pick(&s.eo_open, eo_open);
    let closures = pick(
        &s.state_closures_open,
        overrides.state_closures == Some(StateClosures::Open),
    );
    let open_days = pick(
        &s.state_open_holidays_counted,
        overrides.state_open_holidays == Some(StateClosures::Closed),
    );
    eo.or(closures).or(open_days).unwrap_or(&s.table)
}

/// Two calendar sets counted together: a day is open only if both are open.
fn merge(a: &CalendarSet, b: &CalendarSet) -> CalendarSet {
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
                .unwrap_or(&a.table)
                .intersect(y.as_ref().unwrap_or(&b.table)),
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
    CalendarSet {
        members: members.into(),
        calendars: calendars.into(),
        state_calendars: state_calendars.into(),
        table: a.table.intersect(&b.table),
        eo_open: both(&a.eo_open, &b.eo_open),
        state_closures_open: both(&a.state_closures_open, &b.state_closures_open),
        state_open_holidays_counted: both(
            &a.state_open_holidays_counted,
            &b.state_open_holidays_counted,
        ),
        coverage: Coverage {
            valid_from: a.coverage.valid_from.max(b.coverage.valid_from),
            verified_through: a.coverage.verified_through.min(b.coverage.verified_through),
        },
    }
}

/// Where the pipeline reports its steps and warnings. The date-only path
/// uses [`Silent`], whose methods compile to nothing, so one pipeline serves
/// both paths without the explanation's cost.
pub(crate) trait Recorder {
    /// Whether the result should carry the details an explanation shows.
    const DETAILED: bool;
    /// Records a step (`make` runs only when explaining).
    fn push(&mut self, make: impl FnOnce() -> Step);
    /// Records a warning (`make` runs only when explaining).
    fn warn(&mut self, make: impl FnOnce() -> Warning);
}

/// Records nothing.
pub(crate) struct Silent;

impl Recorder for Silent {
    const DETAILED: bool = false;
    #[inline(always)]
    fn push(&mut self, _make: impl FnOnce() -> Step) {}
    #[inline(always)]
    fn warn(&mut self, _make: impl FnOnce() -> Warning) {}
}

/// Records the explanation.
pub(crate) struct Explain<'r> {
    pub(crate) steps: &'r mut Vec<Step>,
    pub(crate) warnings: &'r mut Vec<Warning>,
}

impl Recorder for Explain<'_> {
    const DETAILED: bool = true;
    fn push(&mut self, make: impl FnOnce() -> Step) {
        self.steps.push(make());
    }
    fn warn(&mut self, make: impl FnOnce() -> Warning) {
        self.warnings.push(make());
    }
}

fn step(
    kind: StepKind,
    date: NaiveDate,
    text: String,
    citation: Option<&Text>,
    skipped: Vec<SkippedDay>,
    op: Op,
) -> Step {
    Step {
        kind,
        date,
        text,
        citation: citation.cloned(),
        skipped,
        op,
    }
}

/// Runs the pipeline, reporting to `rec`.
#[inline]
pub(crate) fn run<R: Recorder>(
    job: &Job<'_>,
    overrides: &Overrides,
    rec: &mut R,
) -> Result<Outcome> {
    let days = days(job, overrides)?;
    if job.period.unit == Unit::Hour {
        return run_hours(job, overrides, &days, rec);
    }
    let t = match job.trigger {
        When::Date(d) => d,
        When::DateTime(dt) => dt.date(),
    };
    // The trigger itself must lie in the compiled window: a date outside it
    // is an error, even when the period would land inside.
    days.index(t)?;
    let dir = job.direction;
    let n = job.period.amount;
    let book = job.book;
    let conv = job.conv;

    // 1. Start.
    let base = match overrides.start.unwrap_or(conv.start) {
        Start::ExcludeTriggerDay => {
            rec.push(|| {
                let what = job.event_name.map_or_else(|| "The event".to_owned(), str::to_owned);
                step(
                    StepKind::Start,
                    t,
                    format!("Start: {what} on {}. The day of the event is excluded; counting begins with the day {}.", long_date(t), if dir == Direction::After { "after" } else { "before" }),
                    Some(&conv.citation),
                    Vec::new(),
                    Op::Start { day0: t },
                )
            });
            t
        }
        Start::NextCourtDay => {
            let day1 = days.nth(t, 1, dir)?;
            let base = add_days(day1, signed(dir, -1))?;
            rec.push(|| {
                let what = job.event_name.map_or_else(|| "The event".to_owned(), str::to_owned);
                step(
                    StepKind::Start,
                    base,
                    format!("Start: {what} on {}. Counting begins from the next day that is not a Saturday, Sunday or legal holiday: day 1 is {}.", long_date(t), long_date(day1)),
                    Some(&conv.citation),
                    days.closed_between(book, t, day1),
                    Op::Start { day0: base },
                )
            });
            base
        }
    };

    let service = match overrides.service_extension {
        Some(true) => job.service_available,
        Some(false) => None,
        None => job.service,
    }
    .filter(|(_, s)| s.add.amount > 0);
    let when = service.map(|(_, s)| overrides.service_when.unwrap_or(s.when));
    // Days "added to the prescribed period" make one longer period; where
    // the rule set counts short periods in court days, the longer period
    // decides whether it is short (former Fed. R. Civ. P. 6(e): a 10-day
    // period plus 3 mail days read as a 13-day period).
    let merged = match (service, when) {
        (Some((method, s)), Some(ServiceWhen::ExtendsPeriod))
            if job.period.unit == Unit::Day
                && s.add.unit == Unit::Day
                && conv.is_short(n)
                && !job.calendar_days =>
        {
            Some((method, s))
        }
        _ => None,
    };
    let n = n + merged.map_or(0, |(_, s)| s.add.amount);
    let merged_text = || {
        merged.map_or_else(String::new, |(method, s)| {
            format!(
                " ({} + {} for {} ({method}), added to the prescribed period: {})",
                job.period, s.add, s.name, s.citation
            )
        })
    };

    // 2. Count.
    let mut l = match job.period.unit {
        Unit::Day if conv.is_short(n) && !job.calendar_days => {
            let l = days.nth(base, n, dir)?;
            rec.push(|| {
                step(
                    StepKind::Count,
                    l,
                    format!("Count {n} days {dir}{}, leaving out intermediate Saturdays, Sundays and legal holidays (a period this short counts only court days): {}.", merged_text(), long_date(l)),
                    Some(&conv.citation),
                    days.closed_between(book, base, l),
                    Op::AddCourtDays { court_days: signed(dir, i64::from(n)) },
                )
            });
            l
        }
        Unit::Day | Unit::Week => {
            let total = if job.period.unit == Unit::Week {
                i64::from(n) * 7
            } else {
                i64::from(n)
            };
            let l = add_days(base, signed(dir, total))?;
            rec.push(|| {
                let what = if job.period.unit == Unit::Week {
                    format!("{} ({total} days)", job.period)
                } else if merged.is_some() {
                    format!("{total} days{}", merged_text())
                } else {
                    job.period.to_string()
                };
                step(
                    StepKind::Count,
                    l,
                    format!(
                        "Count {what} {dir}, every day included: day {total} is {}.",
                        long_date(l)
                    ),
                    Some(&conv.citation),
                    Vec::new(),
                    Op::AddDays {
                        days: signed(dir, total),
                    },
                )
            });
            l
        }
        Unit::CourtDay => {
            let l = days.nth(base, n, dir)?;
            rec.push(|| {
                step(
                    StepKind::Count,
                    l,
                    format!(
                        "Count {} {dir}, skipping days the court is closed: {}.",
                        job.period,
                        long_date(l)
                    ),
                    None,
                    days.closed_between(book, base, l),
                    Op::AddCourtDays {
                        court_days: signed(dir, i64::from(n)),
                    },
                )
            });
            l
        }
        Unit::Month | Unit::Year => {
            let months = if job.period.unit == Unit::Year {
                i64::from(n) * 12
            } else {
                i64::from(n)
            };
            let policy = overrides
                .month_end
                .or(job.month_end)
                .unwrap_or(conv.month_end);
            let raw = match dir {
                Direction::After => base.checked_add_months(Months::new(months as u32)),
                Direction::Before => base.checked_sub_months(Months::new(months as u32)),
            }
            .ok_or_else(|| beyond(format!("{base} {dir} {}", job.period)))?;
            let clamped = raw.day() != base.day();
            let l = match (clamped, policy) {
                (false, _) | (true, MonthEnd::Clamp) => raw,
                (true, MonthEnd::NextMonthStart) => add_days(raw, 1)?,
                (true, MonthEnd::Refuse) => {
                    return Err(Error::new(
                        ErrorKind::Invalid,
                        format!(
                            "{} {dir} {} has no same-numbered day ({} has no day {}), and this rule set refuses to choose one (month_end = \"refuse\")",
                            job.period,
                            long_date(base),
                            raw.format("%B %Y"),
                            base.day()
                        ),
                    ));
                }
            };
            rec.push(|| {
                let how = match (clamped, policy) {
                    (false, _) => "the same day number".to_owned(),
                    (true, MonthEnd::Clamp) => format!("{} has no day {}, so the period ends on the last day of that month (month-end policy: clamp)", raw.format("%B %Y"), base.day()),
                    (true, _) => format!("{} has no day {}, so the period ends on the first day of the next month (month-end policy: next-month-start)", raw.format("%B %Y"), base.day()),
                };
                step(
                    StepKind::Count,
                    l,
                    format!("Count {} {dir} ({how}): {}.", job.period, long_date(l)),
                    Some(&conv.citation),
                    Vec::new(),
                    Op::AddMonths { months: signed(dir, months), month_end: policy },
                )
            });
            l
        }
        Unit::Hour => {
            return Err(Error::new(
                ErrorKind::Invalid,
                "internal: hour period in the day pipeline",
            ));
        }
    };

    // 3. A service extension added to the period itself (Cal. CCP 1013;
    //    counted further back before a hearing, CCP 12c(b)). Merged into
    //    the count above when it decides whether the period is short.
    if let (Some((method, s)), Some(ServiceWhen::ExtendsPeriod), None) = (service, when, merged) {
        l = extend(&days, rec, l, method, s, dir, "The period is extended")?;
    }

    // 4. Rule-specific adjustment.
    if job.adjust == Some(Adjust::NextMonday) {
        let back =
            (Weekday::Mon.num_days_from_monday() + 7 - l.weekday().num_days_from_monday()) % 7;
        let ahead = if back == 0 { 7 } else { i64::from(back) };
        let m = add_days(l, ahead)?;
        rec.push(|| {
            step(
                StepKind::Adjust,
                m,
                format!(
                    "Adjust: the Monday next after {} is {}.",
                    long_date(l),
                    long_date(m)
                ),
                None,
                Vec::new(),
                Op::NextMonday,
            )
        });
        l = m;
    }

    // A completion date (service complete) is never rolled: only the
    // deadline that runs from it is (rules/README.md, 'Completion dates').
    if job.kind == DeadlineKind::Completion {
        if !days.is_open(l)? {
            rec.push(|| {
                step(
                    StepKind::Adjust,
                    l,
                    format!(
                        "Not rolled: {} is the day service is complete, not a day by which anything must be filed, so it stands although the court is closed.",
                        long_date(l)
                    ),
                    None,
                    Vec::new(),
                    Op::AddDays { days: 0 },
                )
            });
        }
        return Ok(Outcome {
            date: l,
            due_at: None,
            calendars: R::DETAILED.then(|| days.set.calendars.clone()),
            coverage: days.set.coverage,
        });
    }

    // 5. Roll.
    let roll = overrides
        .roll
        .or(job.roll)
        .unwrap_or_else(|| conv.roll_for(dir));
    l = roll_step(job, &days, rec, l, roll, dir)?;

    // 6. A service extension added after the period would otherwise expire,
    //    then rolled again (Fed. R. Civ. P. 6(d)).
    if let (Some((method, s)), Some(ServiceWhen::AfterPeriod)) = (service, when) {
        l = extend(
            &days,
            rec,
            l,
            method,
            s,
            dir,
            "After the period would otherwise expire",
        )?;
        l = roll_step(job, &days, rec, l, roll, dir)?;
    }

    // 7. Clerk's office inaccessible on the last day: forward to the first
    //    accessible court day, whatever the direction (6(a)(3)).
    if job.inaccessible.contains(&l) {
        let from = l;
        let mut d = l;
        // Bounded by the number of inaccessible days given, plus one.
        for _ in 0..=job.inaccessible.len() {
            d = days.nth(d, 1, Direction::After)?;
            if !job.inaccessible.contains(&d) {
                break;
            }
        }
        let to = d;
        rec.push(|| {
            step(
                StepKind::Inaccessible,
                to,
                format!("The clerk's office was inaccessible on {}: the time for filing runs to the first accessible day that is not a Saturday, Sunday or legal holiday, {}.", long_date(from), long_date(to)),
                Some(conv.inaccessibility.as_ref().unwrap_or(&conv.citation)),
                Vec::new(),
                Op::NextAccessible,
            )
        });
        l = to;
    }
    Ok(Outcome {
        date: l,
        due_at: None,
        calendars: R::DETAILED.then(|| days.set.calendars.clone()),
        coverage: days.set.coverage,
    })
}

#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn extend<R: Recorder>(
    days: &Table<'_>,
    rec: &mut R,
    l: NaiveDate,
    method: &str,
    s: &ServiceRule,
    dir: Direction,
    lead: &str,
) -> Result<NaiveDate> {
    let a = s.add.amount;
    let (to, op) = match s.add.unit {
        Unit::CourtDay => (
            days.nth(l, a, dir)?,
            Op::AddCourtDays {
                court_days: signed(dir, i64::from(a)),
            },
        ),
        _ => (
            add_days(l, signed(dir, i64::from(a)))?,
            Op::AddDays {
                days: signed(dir, i64::from(a)),
            },
        ),
    };
    rec.push(|| {
        let way = if dir == Direction::After {
            "added"
        } else {
            "counted further back"
        };
        step(
            StepKind::Extend,
            to,
            format!(
                "Extend: {lead}, {} {way} for {} ({method}): {}.",
                s.add,
                s.name,
                long_date(to)
            ),
            Some(&s.citation),
            Vec::new(),
            op,
        )
    });
    Ok(to)
}

#[inline(always)]
fn roll_step<R: Recorder>(
    job: &Job<'_>,
    days: &Table<'_>,
    rec: &mut R,
    l: NaiveDate,
    roll: Roll,
    dir: Direction,
) -> Result<NaiveDate> {
    if days.is_open(l)? {
        return Ok(l);
    }
    let to_dir = match roll {
        Roll::Forward => Direction::After,
        Roll::Backward => Direction::Before,
        Roll::CountingDirection => dir,
        Roll::None => {
            rec.warn(|| {
                let why = Reasons(&days.reasons(job.book, l)).to_string();
                Warning {
                    code: WarningCode::EndsOnClosedDay,
                    message: format!(
                        "the period ends on {}, a day the court is closed ({why}), and this rule set does not move it; acting on the last court day before it is the safe course",
                        long_date(l)
                    ),
                }
            });
            return Ok(l);
        }
    };
    let to = days.roll(l, to_dir)?;
    rec.push(|| {
        let mut skipped = vec![SkippedDay {
            date: l,
            reasons: days.reasons(job.book, l),
        }];
        skipped.extend(days.closed_between(job.book, l, to));
        let way = if to_dir == Direction::After {
            "next"
        } else {
            "previous"
        };
        let why = if roll == Roll::CountingDirection {
            format!(
                " (the \"next day\" is counted {} when the period is measured {} an event)",
                if dir == Direction::After {
                    "forward"
                } else {
                    "backward"
                },
                dir
            )
        } else {
            String::new()
        };
        let what = if days.only_declared(job.book, l) {
            "is a day declared a holiday by the state (the court itself is open, but the period may not end on it)"
        } else {
            "is not a court day"
        };
        step(
            StepKind::Roll,
            to,
            format!(
                "Roll: {} {what}, so the period runs to the {way} court day{why}: {}.",
                long_date(l),
                long_date(to)
            ),
            Some(&job.conv.citation),
            skipped,
            Op::Roll { direction: to_dir },
        )
    });
    Ok(to)
}

/// Resolves a local date-time in `tz`: an ambiguous time (clocks back)
/// takes the earlier instant; a time that does not exist (clocks forward)
/// takes the first instant after the gap. Either is flagged.
pub(crate) fn resolve(tz: Tz, local: NaiveDateTime) -> (DateTime<Tz>, Option<String>) {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => (t, None),
        LocalResult::Ambiguous(a, _) => (
            a,
            Some(format!(
                "{} occurs twice in {} (clocks go back); the earlier instant was used",
                local.format("%-I:%M %p on %B %-d, %Y"),
                tz.name()
            )),
        ),
        LocalResult::None => {
            // Step forward a minute at a time to the end of the gap
            // (bounded: no gap exceeds a day).
            let mut probe = local;
            for _ in 0..(24 * 60) {
                probe += TimeDelta::minutes(1);
                if let LocalResult::Single(t) | LocalResult::Ambiguous(t, _) =
                    tz.from_local_datetime(&probe)
                {
                    return (
                        t,
                        Some(format!(
                            "{} does not exist in {} (clocks go forward); the first instant after the gap, {}, was used",
                            local.format("%-I:%M %p on %B %-d, %Y"),
                            tz.name(),
                            probe.format("%-I:%M %p")
                        )),
                    );
                }
            }
            (
                tz.from_utc_datetime(&local),
                Some(format!(
                    "{local} could not be placed in {}; read as UTC",
                    tz.name()
                )),
            )
        }
    }
}

fn clock(t: &DateTime<Tz>) -> String {
    t.format("%-I:%M %p %Z, %A, %B %-d, %Y").to_string()
}

/// Hour periods: elapsed time on the clock from the trigger instant, in the
/// court's time zone; a period ending on a closed day runs to the same time
/// on the next court day (6(a)(2)). The (a)(4) end-of-day rules do not
/// apply.
fn run_hours<R: Recorder>(
    job: &Job<'_>,
    overrides: &Overrides,
    days: &Table<'_>,
    rec: &mut R,
) -> Result<Outcome> {
    let When::DateTime(local) = job.trigger else {
        return Err(Error::new(
            ErrorKind::Argument,
            format!(
                "a period of {} needs the time of the event, not only its date",
                job.period
            ),
        ));
    };
    let tz = job.court.tz;
    let warn = |rec: &mut R, m: Option<String>| {
        if let Some(m) = m {
            rec.warn(|| Warning {
                code: WarningCode::AmbiguousLocalTime,
                message: m,
            });
        }
    };
    days.index(local.date())?;
    let (t0, w0) = resolve(tz, local);
    warn(rec, w0);
    let dir = job.direction;
    rec.push(|| {
        let what = job
            .event_name
            .map_or_else(|| "The event".to_owned(), str::to_owned);
        step(
            StepKind::Start,
            local.date(),
            format!(
                "Start: {what} at {}. Counting begins immediately.",
                clock(&t0)
            ),
            Some(&job.conv.citation),
            Vec::new(),
            Op::Start { day0: local.date() },
        )
    });
    let hours = signed(dir, i64::from(job.period.amount));
    let end = t0
        .checked_add_signed(TimeDelta::hours(hours))
        .ok_or_else(|| beyond(format!("{local} {hours:+} hours")))?;
    rec.push(|| {
        let shift = if end.offset().fix() != t0.offset().fix() {
            " (the clocks changed in between, so the wall-clock time differs)"
        } else {
            ""
        };
        step(
            StepKind::Count,
            end.date_naive(),
            format!(
                "Count {} {dir}, every hour included: {}{shift}.",
                job.period,
                clock(&end)
            ),
            Some(&job.conv.citation),
            Vec::new(),
            Op::AddHours { hours },
        )
    });
    let mut at = end;
    let roll = overrides
        .roll
        .or(job.roll)
        .unwrap_or_else(|| job.conv.roll_for(job.direction));
    let to_dir = match roll {
        Roll::Forward => Some(Direction::After),
        Roll::Backward => Some(Direction::Before),
        Roll::CountingDirection => Some(dir),
        Roll::None => None,
    };
    let end_date = end.date_naive();
    // The end must lie in the compiled window, rolled or not.
    let end_open = days.is_open(end_date)?;
    if to_dir.is_none() && !end_open {
        rec.warn(|| {
            let why = Reasons(&days.reasons(job.book, end_date)).to_string();
            Warning {
                code: WarningCode::EndsOnClosedDay,
                message: format!(
                    "the period ends on {}, a day the court is closed ({why}), and this rule set does not move it; acting on the last court day before it is the safe course",
                    long_date(end_date)
                ),
            }
        });
    }
    if let Some(to_dir) = to_dir {
        let to = days.roll(end_date, to_dir)?;
        if to != end_date {
            let (t, w) = resolve(tz, to.and_time(end.time()));
            warn(rec, w);
            at = t;
            rec.push(|| {
                step(
                    StepKind::Roll,
                    to,
                    format!("Roll: the period would end on {}, not a court day, so it runs until the same time on the {} court day: {}.", long_date(end_date), if to_dir == Direction::After { "next" } else { "previous" }, clock(&at)),
                    Some(&job.conv.citation),
                    std::iter::once(SkippedDay { date: end_date, reasons: days.reasons(job.book, end_date) })
                        .chain(days.closed_between(job.book, end_date, to))
                        .collect(),
                    Op::Roll { direction: to_dir },
                )
            });
        }
    }
    let last = at.date_naive();
    if job.inaccessible.contains(&last) {
        let mut d = last;
        for _ in 0..=job.inaccessible.len() {
            d = days.nth(d, 1, Direction::After)?;
            if !job.inaccessible.contains(&d) {
                break;
            }
        }
        let (t, w) = resolve(tz, d.and_time(at.time()));
        warn(rec, w);
        let from = last;
        at = t;
        rec.push(|| {
            step(
                StepKind::Inaccessible,
                d,
                format!("The clerk's office was inaccessible on {}: the time for filing runs to the same time on the first accessible day that is not a Saturday, Sunday or legal holiday, {}.", long_date(from), clock(&at)),
                Some(job.conv.inaccessibility.as_ref().unwrap_or(&job.conv.citation)),
                Vec::new(),
                Op::NextAccessible,
            )
        });
    }
    Ok(Outcome {
        date: at.date_naive(),
        due_at: Some(at.fixed_offset()),
        calendars: R::DETAILED.then(|| days.set.calendars.clone()),
        coverage: days.set.coverage,
    })
}
