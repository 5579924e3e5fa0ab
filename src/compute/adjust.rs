//! The stages after the count: service extensions, the Monday-next
//! adjustment, rolls off closed days, and the clerk's office inaccessible.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::error::Result;
use crate::explain::sentences;
use crate::explain::{Op, StepKind, Warning, WarningCode};
use crate::rules::model::ServiceRule;
use crate::vocab::{Direction, Roll, Unit};

use super::days::{Table, add_days, signed};
use super::job::Job;

use super::pipeline::{Recorder, step};

/// Step 4 (Tex. R. Civ. P. 99(b)): the first Monday strictly after `l`.
#[inline(never)]
pub(crate) fn next_monday<R: Recorder>(rec: &mut R, l: NaiveDate) -> Result<NaiveDate> {
    let back = (Weekday::Mon.num_days_from_monday() + 7 - l.weekday().num_days_from_monday()) % 7;
    let ahead = if back == 0 { 7 } else { i64::from(back) };
    let m = add_days(l, ahead)?;
    rec.push(|| {
        step(
            StepKind::Adjust,
            m,
            sentences::next_monday(l, m),
            None,
            Vec::new(),
            Op::NextMonday,
        )
    });
    Ok(m)
}

/// Step 7: the clerk's office inaccessible on the last day (Fed. R. Civ. P.
/// 6(a)(3)): forward to the first accessible court day.
#[cold]
#[inline(never)]
pub(crate) fn inaccessible<R: Recorder>(
    job: &Job<'_>,
    days: &Table<'_>,
    rec: &mut R,
    from: NaiveDate,
) -> Result<NaiveDate> {
    let mut d = from;
    // Bounded by the number of inaccessible days given, plus one.
    for _ in 0..=job.inaccessible.len() {
        d = days.nth(d, 1, Direction::After)?;
        if !job.inaccessible.contains(&d) {
            break;
        }
    }
    let to = d;
    let conv = job.conv;
    rec.push(|| {
        step(
            StepKind::Inaccessible,
            to,
            sentences::inaccessible_day(from, to),
            Some(conv.inaccessibility.as_ref().unwrap_or(&conv.citation)),
            Vec::new(),
            Op::NextAccessible,
        )
    });
    Ok(to)
}

#[allow(clippy::too_many_arguments)]
#[inline(always)]
pub(crate) fn extend<R: Recorder>(
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
        step(
            StepKind::Extend,
            to,
            sentences::extend(lead, s.add, dir, &s.name, method, to),
            Some(&s.citation),
            Vec::new(),
            op,
        )
    });
    Ok(to)
}

#[inline(always)]
pub(crate) fn roll_step<R: Recorder>(
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
            rec.warn(|| Warning {
                remedy: None,
                code: WarningCode::EndsOnClosedDay,
                message: sentences::ends_on_closed_day(l, &days.reasons(l)),
            });
            return Ok(l);
        }
    };
    let to = days.roll(l, to_dir)?;
    rec.push(|| {
        let skipped = days.closed_between_from(l, to);
        let counting = (roll == Roll::CountingDirection).then_some(dir);
        step(
            StepKind::Roll,
            to,
            sentences::roll(l, days.only_declared(l), to_dir, counting, to),
            Some(&job.conv.citation),
            skipped,
            Op::Roll { direction: to_dir },
        )
    });
    Ok(to)
}
