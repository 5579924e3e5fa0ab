//! Resolving one computation: the version in force, the convention, the
//! service extension, the court of origin.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use chrono_tz::Tz;

use super::court::Court;
use super::hours;
use super::trigger::{Trigger, check_method};
use crate::error::{Error, ErrorKind, Result};
use crate::rules::model::{Convention, ServiceRule};
use crate::rules::model::{CourtDef, DayEnd, DeadlineKind, DeadlineVersion, RuleSet, When};
use crate::vocab::Direction;
use crate::vocab::{Adjust, MonthEnd, Period, Roll};

/// Everything one computation needs, resolved.
pub(crate) struct Job<'a> {
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

#[inline]
pub(crate) fn job<'a>(
    court: &'a Court,
    rule_set: &'a RuleSet,
    version: &'a DeadlineVersion,
    trigger: &'a Trigger,
    event_name: Option<&'a str>,
) -> Result<Job<'a>> {
    let as_of = trigger.rules_date();
    let (conv, _) = rule_set.counting.at(as_of);
    if let Some(id) = &trigger.origin {
        if !court.book.loaded.courts.contains_key(id) {
            return Err(unknown_origin(court, id));
        }
    }
    // The extension for the trigger's method, whether or not this deadline
    // applies one (a reading may switch it on or off).
    let available = trigger.service.as_deref().and_then(|method| {
        version
            .services
            .iter()
            .find(|(m, _)| m == method)
            .map(|(_, own)| (method, own))
            .or_else(|| rule_set.service(method).map(|s| (method, s.at(as_of).0)))
    });
    if let (Some(method), None) = (&trigger.service, available) {
        check_method(rule_set, method)?;
    }
    // Service extensions lengthen periods counted before an event only
    // where the rule set says its rules do (Cal. Code Civ. Proc. § 1013(a)
    // "any period of notice"; not Fed. R. Civ. P. 6(d), "within a specified
    // time after being served").
    let service = if version.service_extension
        && (version.direction == Direction::After || conv.service_before_events)
    {
        available
    } else {
        None
    };
    Ok(job_with(
        court, version, trigger, event_name, conv, service, available,
    ))
}

#[inline]
fn job_with<'a>(
    court: &'a Court,
    version: &'a DeadlineVersion,
    trigger: &'a Trigger,
    event_name: Option<&'a str>,
    conv: &'a crate::rules::model::Convention,
    service: Option<(&'a str, &'a crate::rules::model::ServiceRule)>,
    service_available: Option<(&'a str, &'a crate::rules::model::ServiceRule)>,
) -> Job<'a> {
    Job {
        court: &court.def,
        conv,
        period: version.period,
        direction: version.direction,
        roll: version.roll,
        month_end: version.month_end,
        adjust: version.adjust,
        kind: version.kind,
        calendar_days: version.calendar_days,
        service,
        service_available,
        trigger: trigger.when(),
        closed: &trigger.closed,
        inaccessible: &trigger.inaccessible,
        event_name,
        origin: trigger
            .origin
            .as_deref()
            .and_then(|id| court.book.loaded.courts.get(id))
            .map(|c| &**c),
    }
}

pub(crate) fn end_of_day(tz: Tz, date: NaiveDate, end: DayEnd) -> Option<DateTime<FixedOffset>> {
    let t = match end {
        DayEnd::Midnight => NaiveTime::from_hms_milli_opt(23, 59, 59, 999)?,
        DayEnd::At(t) => t,
    };
    Some(hours::resolve(tz, date.and_time(t)).0.fixed_offset())
}

/// The court of origin the trigger names is not loaded.
#[cold]
#[inline(never)]
fn unknown_origin(court: &Court, id: &str) -> Error {
    let loaded = Arc::clone(&court.book.loaded);
    Error::lazy(
        ErrorKind::NotFound,
        format!("no court {id:?} (the court of origin)"),
        id,
        move || loaded.courts.keys().cloned().collect(),
    )
}
