//! Hour periods (Fed. R. Civ. P. 6(a)(2)) and local times across daylight
//! saving changes.

use chrono::{DateTime, LocalResult, NaiveDateTime, Offset, TimeDelta, TimeZone};
use chrono_tz::Tz;

use crate::error::{Error, ErrorKind, Result};
use crate::explain::{Op, Reasons, SkippedDay, StepKind, Warning, WarningCode};
use crate::rules::model::{Overrides, When};
use crate::text::long_date;
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

pub(crate) fn clock(t: &DateTime<Tz>) -> String {
    t.format("%-I:%M %p %Z, %A, %B %-d, %Y").to_string()
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
            let why = Reasons(&days.reasons(end_date)).to_string();
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
                    std::iter::once(SkippedDay { date: end_date, reasons: days.reasons(end_date) })
                        .chain(days.closed_between(end_date, to))
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
