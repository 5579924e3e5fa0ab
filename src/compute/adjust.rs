//! The stages after the count: service extensions, the Monday-next
//! adjustment, rolls off closed days, and the clerk's office inaccessible.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::error::Result;
use crate::explain::{Op, Reasons, SkippedDay, StepKind, Warning, WarningCode};
use crate::rules::model::ServiceRule;
use crate::text::long_date;
use crate::vocab::{Direction, Roll, Unit};

use super::days::{Table, add_days, signed};
use super::job::Job;

use super::pipeline::{Recorder, step};

/// Step 4 (Tex. R. Civ. P. 99(b)): the first Monday strictly after `l`.
pub(crate) fn next_monday<R: Recorder>(rec: &mut R, l: NaiveDate) -> Result<NaiveDate> {
    let back = (Weekday::Mon.num_days_from_monday() + 7 - l.weekday().num_days_from_monday()) % 7;
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
    Ok(m)
}

/// Step 7: the clerk's office inaccessible on the last day (Fed. R. Civ. P.
/// 6(a)(3)): forward to the first accessible court day.
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
            format!("The clerk's office was inaccessible on {}: the time for filing runs to the first accessible day that is not a Saturday, Sunday or legal holiday, {}.", long_date(from), long_date(to)),
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
            rec.warn(|| {
                let why = Reasons(&days.reasons(l)).to_string();
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
            reasons: days.reasons(l),
        }];
        skipped.extend(days.closed_between(l, to));
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
        let what = if days.only_declared(l) {
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
