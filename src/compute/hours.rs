//! Hour periods (Fed. R. Civ. P. 6(a)(2)) and local times across daylight
//! saving changes.

use chrono::{DateTime, LocalResult, NaiveDateTime, Offset, TimeDelta, TimeZone};
use chrono_tz::Tz;

use crate::error::{Error, ErrorKind, Result};
use crate::explain::sentences;
use crate::explain::{Op, StepKind, Warning, WarningCode};
use crate::rules::model::{Overrides, When};
use crate::vocab::{Direction, Roll};

use super::days::{Table, beyond, signed};
use super::job::Job;
use super::pipeline::{Outcome, Recorder, step};

/// Resolves a local date-time in `tz`: an ambiguous time (clocks back)
/// takes the earlier instant; a time that does not exist (clocks forward)
/// takes the first instant after the gap. Either is flagged.
pub(crate) fn resolve(tz: Tz, local: NaiveDateTime) -> (DateTime<Tz>, Option<String>) {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => (t, None),
        LocalResult::Ambiguous(a, _) => {
            (a, Some(sentences::ambiguous_local_time(local, tz.name())))
        }
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
                        Some(sentences::nonexistent_local_time(local, tz.name(), probe)),
                    );
                }
            }
            (
                tz.from_utc_datetime(&local),
                Some(sentences::unplaceable_local_time(local, tz.name())),
            )
        }
    }
}

/// Hour periods: elapsed time on the clock from the trigger instant, in the
/// court's time zone; a period ending on a closed day runs to the same time
/// on the next court day (6(a)(2)). The (a)(4) end-of-day rules do not
/// apply.
pub(crate) fn run_hours<R: Recorder>(
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
    days.index(local.date())?;
    let (t0, w0) = resolve(tz, local);
    warn(rec, w0);
    let dir = job.direction;
    rec.push(|| {
        step(
            StepKind::Start,
            local.date(),
            sentences::start_hours(job.event_name, &t0),
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
        let shifted = end.offset().fix() != t0.offset().fix();
        step(
            StepKind::Count,
            end.date_naive(),
            sentences::count_hours(job.period, dir, &end, shifted),
            Some(&job.conv.citation),
            Vec::new(),
            Op::AddHours { hours },
        )
    });
    let roll = overrides
        .roll
        .or(job.roll)
        .unwrap_or_else(|| job.conv.roll_for(job.direction));
    let mut at = roll_hours(job, days, rec, end, roll)?;
    if job.inaccessible.contains(&at.date_naive()) {
        at = inaccessible_hours(job, days, rec, at)?;
    }
    Ok(Outcome {
        date: at.date_naive(),
        due_at: Some(at.fixed_offset()),
        calendars: R::DETAILED.then(|| days.set.calendars.clone()),
        coverage: days.set.coverage,
    })
}

/// Reports a local time that was ambiguous or did not exist.
fn warn<R: Recorder>(rec: &mut R, message: Option<String>) {
    if let Some(message) = message {
        rec.warn(|| Warning {
            remedy: None,
            code: WarningCode::AmbiguousLocalTime,
            message,
        });
    }
}

/// The roll of an hour period that ends on a closed day: the same time on
/// the next (previous) court day (6(a)(2)(C)); or, under a rule set that
/// does not roll, a warning.
fn roll_hours<R: Recorder>(
    job: &Job<'_>,
    days: &Table<'_>,
    rec: &mut R,
    end: DateTime<Tz>,
    roll: Roll,
) -> Result<DateTime<Tz>> {
    let to_dir = match roll {
        Roll::Forward => Some(Direction::After),
        Roll::Backward => Some(Direction::Before),
        Roll::CountingDirection => Some(job.direction),
        Roll::None => None,
    };
    let end_date = end.date_naive();
    // The end must lie in the compiled window, rolled or not.
    let end_open = days.is_open(end_date)?;
    let Some(to_dir) = to_dir else {
        if !end_open {
            rec.warn(|| Warning {
                remedy: None,
                code: WarningCode::EndsOnClosedDay,
                message: sentences::ends_on_closed_day(end_date, &days.reasons(end_date)),
            });
        }
        return Ok(end);
    };
    let to = days.roll(end_date, to_dir)?;
    if to == end_date {
        return Ok(end);
    }
    let (at, w) = resolve(job.court.tz, to.and_time(end.time()));
    warn(rec, w);
    rec.push(|| {
        step(
            StepKind::Roll,
            to,
            sentences::roll_hours(end_date, to_dir, &at),
            Some(&job.conv.citation),
            days.closed_between_from(end_date, to),
            Op::Roll { direction: to_dir },
        )
    });
    Ok(at)
}

/// The clerk's office inaccessible during the last hour (6(a)(3)(B)): the
/// same time on the first accessible court day.
fn inaccessible_hours<R: Recorder>(
    job: &Job<'_>,
    days: &Table<'_>,
    rec: &mut R,
    at: DateTime<Tz>,
) -> Result<DateTime<Tz>> {
    let from = at.date_naive();
    let mut d = from;
    // Bounded by the number of inaccessible days given, plus one.
    for _ in 0..=job.inaccessible.len() {
        d = days.nth(d, 1, Direction::After)?;
        if !job.inaccessible.contains(&d) {
            break;
        }
    }
    let (to, w) = resolve(job.court.tz, d.and_time(at.time()));
    warn(rec, w);
    rec.push(|| {
        step(
            StepKind::Inaccessible,
            d,
            sentences::inaccessible_hours(from, &to),
            Some(
                job.conv
                    .inaccessibility
                    .as_ref()
                    .unwrap_or(&job.conv.citation),
            ),
            Vec::new(),
            Op::NextAccessible,
        )
    });
    Ok(to)
}
