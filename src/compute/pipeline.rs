//! The counting pipeline: start, count, extend, adjust, roll, extend, roll,
//! inaccessibility. Every stage that changes the date records one step
//! naming the rule it applies — when a recorder is given; the date-only
//! path records nothing and allocates nothing.

use std::sync::Arc;

use chrono::{DateTime, Datelike, FixedOffset, Months, NaiveDate};

use crate::calendar::Coverage;
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Op, SkippedDay, Step, StepKind, Warning, WarningCode};
use crate::explain::{notices, sentences};
use crate::rules::model::{DeadlineKind, Overrides, ServiceRule, Text, When};
use crate::text::long_date;
use crate::vocab::{Adjust, Direction, MonthEnd, Roll, ServiceWhen, Start, Unit};

use super::adjust::{extend, inaccessible, next_monday, roll_step};
use super::days::{Table, add_days, beyond, days, signed};
use super::hours::run_hours;
use super::job::Job;

/// What a computation produced.
pub(crate) struct Outcome {
    pub(crate) date: NaiveDate,
    pub(crate) due_at: Option<DateTime<FixedOffset>>,
    /// The calendars counted (when explaining), and their common coverage.
    pub(crate) calendars: Option<Arc<[String]>>,
    pub(crate) coverage: Coverage,
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

pub(crate) fn step(
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
    let dir = job.direction;
    let plan = ServicePlan::new(job, overrides);
    let count = Count::of(job, &plan);
    if count == Count::Hours {
        return run_hours(job, overrides, &days, rec);
    }
    let t = match job.trigger {
        When::Date(d) => d,
        When::DateTime(dt) => dt.date(),
    };
    // The trigger itself must lie in the compiled window: a date outside it
    // is an error, even when the period would land inside.
    days.index(t)?;

    // 1. Start.
    let base = start(job, overrides, &days, rec, t)?;
    // 2. Count.
    let mut l = match count {
        Count::Short => count_short(job, &days, rec, base, &plan)?,
        Count::Days(total) => count_days(job, rec, base, total, &plan)?,
        Count::CourtDays => count_court_days(job, &days, rec, base)?,
        Count::Months(months) => count_months(job, overrides, rec, base, months)?,
        Count::Hours => return run_hours(job, overrides, &days, rec),
    };

    // 3. A service extension added to the period itself (Cal. CCP 1013;
    //    counted further back before a hearing, CCP 12c(b)). Merged into
    //    the count above when it decides whether the period is short.
    if let (Some((method, s)), Some(ServiceWhen::ExtendsPeriod), None) =
        (plan.service, plan.when, plan.merged)
    {
        l = extend(&days, rec, l, method, s, dir, "The period is extended")?;
    }

    // 4. Rule-specific adjustment.
    if job.adjust == Some(Adjust::NextMonday) {
        l = next_monday(rec, l)?;
    }

    // A completion date (service complete) is never rolled: only the
    // deadline that runs from it is (rules/README.md, 'Completion dates').
    if job.kind == DeadlineKind::Completion {
        if !days.is_open(l)? {
            rec.push(|| {
                step(
                    StepKind::Adjust,
                    l,
                    sentences::not_rolled_completion(l),
                    None,
                    Vec::new(),
                    Op::AddDays { days: 0 },
                )
            });
        }
        return Ok(outcome::<R>(&days, l));
    }

    // 5. Roll.
    let roll = roll_of(job, overrides);
    l = roll_step(job, &days, rec, l, roll, dir)?;

    // 6. A service extension added after the period would otherwise expire,
    //    then rolled again (Fed. R. Civ. P. 6(d)).
    if let (Some((method, s)), Some(ServiceWhen::AfterPeriod)) = (plan.service, plan.when) {
        let lead = "After the period would otherwise expire";
        l = extend(&days, rec, l, method, s, dir, lead)?;
        l = roll_step(job, &days, rec, l, roll, dir)?;
    }

    // 7. Clerk's office inaccessible on the last day: forward to the first
    //    accessible court day, whatever the direction (6(a)(3)).
    if job.inaccessible.contains(&l) {
        l = inaccessible(job, &days, rec, l)?;
    }
    // A last day on which the courts close although it is not a legal
    // holiday: the period is not extended, and the result says so.
    if R::DETAILED {
        if let Some(reason) = days.open_legal_holiday(l) {
            rec.warn(|| Warning {
                remedy: None,
                code: WarningCode::OpenLegalHolidayOnLastDay,
                message: notices::open_legal_holiday_on_last_day(l, &reason),
            });
        }
        if let Some(reason) = days.judiciary_holiday(l) {
            rec.warn(|| Warning {
                remedy: None,
                code: WarningCode::CourtsClosedOnLastDay,
                message: notices::courts_closed_on_last_day(l, &reason),
            });
        }
    }
    Ok(outcome::<R>(&days, l))
}

/// How step 2 counts: a decision of the pipeline that the date-only plan
/// (`plan.rs`) reads too, so that the two cannot drift apart.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Count {
    /// A short period: only court days count (with any merged extension).
    Short,
    /// Calendar days (weeks counted as seven days).
    Days(i64),
    /// Court days.
    CourtDays,
    /// Calendar months (years counted as twelve months).
    Months(i64),
    /// Hours (their own pipeline).
    Hours,
}

impl Count {
    #[inline]
    pub(crate) fn of(job: &Job<'_>, plan: &ServicePlan<'_>) -> Count {
        let n = job.period.amount;
        match job.period.unit {
            Unit::Hour => Count::Hours,
            Unit::Day if job.conv.is_short(n + plan.merged_days()) && !job.calendar_days => {
                Count::Short
            }
            Unit::Day => Count::Days(i64::from(n)),
            Unit::Week => Count::Days(i64::from(n) * 7),
            Unit::CourtDay => Count::CourtDays,
            Unit::Month => Count::Months(i64::from(n)),
            Unit::Year => Count::Months(i64::from(n) * 12),
        }
    }
}

/// The roll for a closed last day: the reading's, the deadline's, or the
/// convention's for the direction.
#[inline]
pub(crate) fn roll_of(job: &Job<'_>, overrides: &Overrides) -> Roll {
    overrides
        .roll
        .or(job.roll)
        .unwrap_or_else(|| job.conv.roll_for(job.direction))
}

#[inline]
fn outcome<R: Recorder>(days: &Table<'_>, l: NaiveDate) -> Outcome {
    Outcome {
        date: l,
        due_at: None,
        calendars: R::DETAILED.then(|| days.set.calendars.clone()),
        coverage: days.set.coverage,
    }
}

/// The service extension that applies under a reading, and how.
pub(crate) struct ServicePlan<'a> {
    pub(crate) service: Option<(&'a str, &'a ServiceRule)>,
    pub(crate) when: Option<ServiceWhen>,
    /// The extension merged into a short period's count: days "added to the
    /// prescribed period" make one longer period, and where the rule set
    /// counts short periods in court days, the longer period decides whether
    /// it is short (former Fed. R. Civ. P. 6(e): a 10-day period plus 3 mail
    /// days read as a 13-day period).
    pub(crate) merged: Option<(&'a str, &'a ServiceRule)>,
}

impl<'a> ServicePlan<'a> {
    #[inline]
    pub(crate) fn new(job: &Job<'a>, overrides: &Overrides) -> ServicePlan<'a> {
        let service = match overrides.service_extension {
            Some(true) => job.service_available,
            Some(false) => None,
            None => job.service,
        }
        .filter(|(_, s)| s.add.amount > 0);
        let when = service.map(|(_, s)| overrides.service_when.unwrap_or(s.when));
        let merged = match (service, when) {
            (Some((method, s)), Some(ServiceWhen::ExtendsPeriod))
                if job.period.unit == Unit::Day
                    && s.add.unit == Unit::Day
                    && job.conv.is_short(job.period.amount)
                    && !job.calendar_days =>
            {
                Some((method, s))
            }
            _ => None,
        };
        ServicePlan {
            service,
            when,
            merged,
        }
    }

    #[inline]
    fn merged_days(&self) -> u32 {
        self.merged.map_or(0, |(_, s)| s.add.amount)
    }

    /// The merged extension, for the count's sentence.
    fn merged_facts(&self, job: &Job<'_>) -> Option<sentences::Merged<'a>> {
        self.merged.map(|(method, s)| sentences::Merged {
            period: job.period,
            add: s.add,
            name: &s.name,
            method,
            citation: &s.citation,
        })
    }
}

/// Step 1: day 0 of the count.
#[inline]
fn start<R: Recorder>(
    job: &Job<'_>,
    overrides: &Overrides,
    days: &Table<'_>,
    rec: &mut R,
    t: NaiveDate,
) -> Result<NaiveDate> {
    let dir = job.direction;
    let conv = job.conv;
    match overrides.start.unwrap_or(conv.start) {
        Start::ExcludeTriggerDay => {
            rec.push(|| {
                step(
                    StepKind::Start,
                    t,
                    sentences::start_excluded(job.event_name, t, dir),
                    Some(&conv.citation),
                    Vec::new(),
                    Op::Start { day0: t },
                )
            });
            Ok(t)
        }
        Start::NextCourtDay => {
            let day1 = days.nth(t, 1, dir)?;
            let base = add_days(day1, signed(dir, -1))?;
            rec.push(|| {
                step(
                    StepKind::Start,
                    base,
                    sentences::start_next_court_day(job.event_name, t, day1),
                    Some(&conv.citation),
                    days.closed_between(t, day1),
                    Op::Start { day0: base },
                )
            });
            Ok(base)
        }
    }
}

/// Step 2 for a short period that counts only court days.
#[inline]
fn count_short<R: Recorder>(
    job: &Job<'_>,
    days: &Table<'_>,
    rec: &mut R,
    base: NaiveDate,
    plan: &ServicePlan<'_>,
) -> Result<NaiveDate> {
    let dir = job.direction;
    let n = job.period.amount + plan.merged_days();
    let l = days.nth(base, n, dir)?;
    rec.push(|| {
        step(
            StepKind::Count,
            l,
            sentences::count_short(n, dir, plan.merged_facts(job).as_ref(), l),
            Some(&job.conv.citation),
            days.closed_between(base, l),
            Op::AddCourtDays {
                court_days: signed(dir, i64::from(n)),
            },
        )
    });
    Ok(l)
}

/// Step 2 for calendar days and weeks: every day counts.
#[inline]
fn count_days<R: Recorder>(
    job: &Job<'_>,
    rec: &mut R,
    base: NaiveDate,
    total: i64,
    plan: &ServicePlan<'_>,
) -> Result<NaiveDate> {
    let dir = job.direction;
    let total = total + i64::from(plan.merged_days());
    let l = add_days(base, signed(dir, total))?;
    rec.push(|| {
        step(
            StepKind::Count,
            l,
            sentences::count_days(
                job.period,
                job.period.unit == Unit::Week,
                total,
                dir,
                plan.merged_facts(job).as_ref(),
                l,
            ),
            Some(&job.conv.citation),
            Vec::new(),
            Op::AddDays {
                days: signed(dir, total),
            },
        )
    });
    Ok(l)
}

/// Step 2 for court days.
#[inline]
fn count_court_days<R: Recorder>(
    job: &Job<'_>,
    days: &Table<'_>,
    rec: &mut R,
    base: NaiveDate,
) -> Result<NaiveDate> {
    let (dir, n) = (job.direction, job.period.amount);
    let l = days.nth(base, n, dir)?;
    rec.push(|| {
        step(
            StepKind::Count,
            l,
            sentences::count_court_days(job.period, dir, l),
            None,
            days.closed_between(base, l),
            Op::AddCourtDays {
                court_days: signed(dir, i64::from(n)),
            },
        )
    });
    Ok(l)
}

/// Step 2 for months and years, under the month-end policy.
#[inline(never)]
fn count_months<R: Recorder>(
    job: &Job<'_>,
    overrides: &Overrides,
    rec: &mut R,
    base: NaiveDate,
    months: i64,
) -> Result<NaiveDate> {
    let dir = job.direction;
    let policy = overrides
        .month_end
        .or(job.month_end)
        .unwrap_or(job.conv.month_end);
    let span = Months::new(u32::try_from(months).unwrap_or(u32::MAX));
    let raw = match dir {
        Direction::After => base.checked_add_months(span),
        Direction::Before => base.checked_sub_months(span),
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
        step(
            StepKind::Count,
            l,
            sentences::count_months(job.period, dir, base, raw, clamped, policy, l),
            Some(&job.conv.citation),
            Vec::new(),
            Op::AddMonths {
                months: signed(dir, months),
                month_end: policy,
            },
        )
    });
    Ok(l)
}
