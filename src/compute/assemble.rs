//! Turning the engine's outcome into a [`Deadline`]: readings, warnings
//! and filing cut-offs.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::court::Court;
use super::days::{Handle, Table};
use super::job::Job;
use super::job::{end_of_day, job};
use super::pipeline::{self, Outcome};
use super::plan::Plan;
use super::trigger::Trigger;
use crate::error::Result;
use crate::explain::notices;
use crate::explain::{
    Cutoff, Deadline, ReadingResult, Remedy, RuleInfo, TriggerInfo, Warning, WarningCode,
};
use crate::rules::model::{
    CourtDef, DayEnd, DeadlineKind, DeadlineRule, DeadlineVersion, Overrides, Reading, RuleSet,
    Text,
};
use crate::vocab::{Direction, Unit};

/// Computes a deadline with its explanation, readings, warnings and
/// cut-offs.
#[allow(clippy::too_many_arguments)]
pub(crate) fn full(
    court: &Court,
    rule_set: &RuleSet,
    rule: Option<&DeadlineRule>,
    version: &DeadlineVersion,
    until: Option<NaiveDate>,
    deadline_readings: &[Reading],
    plans: Option<&[Plan]>,
    event: Option<&Text>,
    trigger: &Trigger,
) -> Result<Deadline> {
    let event_name = event
        .and_then(|e| rule_set.events.get(&**e))
        .map(|e| &e.name);
    let j = job(court, rule_set, version, trigger, event_name.map(|n| &**n))?;
    // Room for the usual start, count, roll, extend, roll and a few
    // warnings, so that the vectors are allocated once.
    let mut steps = Vec::with_capacity(6);
    let mut warnings: Vec<Warning> = Vec::with_capacity(4);
    let mut main = pipeline::run(
        &j,
        &Overrides::default(),
        &mut pipeline::Explain {
            steps: &mut steps,
            warnings: &mut warnings,
        },
    )?;

    let (mut readings, safe) = readings(
        &j,
        rule_set,
        Alternatives {
            deadline: deadline_readings,
            plans,
        },
        version,
        trigger,
        &main,
        &mut warnings,
    );
    // A deadline whose last day ends at a set time whatever the filing
    // method (Tex. R. Civ. P. 99(b): 10:00 a.m.) is due at that instant.
    let timed = |date: NaiveDate, at: Option<DateTime<FixedOffset>>| match (at, version.cutoff) {
        (None, Some(end @ DayEnd::At(_))) if version.kind == DeadlineKind::Deadline => {
            end_of_day(court.def.tz, date, end)
        }
        _ => at,
    };
    let due_at = timed(main.date, main.due_at);
    for r in &mut readings {
        r.due_at = timed(r.date, r.due_at);
    }

    let (conv, _) = rule_set.counting.at(trigger.rules_date());
    coverage_warnings(court, rule_set, trigger, &main, &mut warnings);
    state_holiday_warnings(court, conv, version, trigger, main.date, &mut warnings);
    service_warnings(
        rule_set,
        rule.is_some(),
        version,
        conv,
        &j,
        trigger,
        &mut warnings,
    );

    let cutoffs = cutoffs(court, rule_set, version, trigger, main.date, &mut warnings);
    if let Some(r) = rule {
        super::local::local_warnings(court, rule_set, r, trigger.rules_date(), &mut warnings);
    }
    event_on_closed_day(court, trigger, &mut warnings);

    let version_label = until.map(|u| notices::version_label(&version.citation, u));
    // Moved, not cloned: the outcome is not needed any more.
    let calendars = main
        .calendars
        .take()
        .unwrap_or_else(|| Arc::from(Vec::new()));
    let (name, citation) = match rule {
        Some(_) => (version.name.clone(), version.citation.clone()),
        None => (version.name.clone(), conv.citation.clone()),
    };
    Ok(Deadline {
        date: main.date,
        due_at,
        safe_date: safe,
        provisional: false,
        cutoffs,
        court: court.def.id.clone(),
        court_name: court.def.name.clone(),
        time_zone: court.def.tz.name().into(),
        calendars,
        rule: RuleInfo {
            rule_set: rule_set.id.clone(),
            deadline: rule.map(|r| r.id.clone()),
            name,
            citation,
            period: version.period_text.clone(),
            direction: version.direction,
            version: version_label,
            note: rule.and_then(|r| r.local.note.clone()),
            displaces: rule.map_or_else(Vec::new, |r| {
                super::local::displaced_rules(court, rule_set, r)
            }),
            tolls: rule.and_then(|r| r.local.tolls.as_ref()).map(|(d, c)| {
                crate::explain::Tolling {
                    deadline: d.clone(),
                    citation: c.clone(),
                }
            }),
        },
        trigger: TriggerInfo {
            event: event.cloned(),
            event_name: event_name.cloned(),
            date: trigger.date,
            time: trigger.time,
            // A method the crate knows is named by its static spelling.
            service: trigger.service.as_deref().map(|m| {
                crate::vocab::ServiceMethod::parse(m)
                    .map_or_else(|| Text::from(m), |k| Text::from_static(k.as_str()))
            }),
            as_of: trigger.rules_date(),
            origin_court: trigger.origin.clone(),
        },
        readings,
        warnings,
        steps,
    })
}

/// A deadline's own alternative readings, and the plans of the rule set's
/// and its readings (in that order), once its handle has resolved them.
struct Alternatives<'a> {
    deadline: &'a [Reading],
    plans: Option<&'a [Plan]>,
}

/// The date under the rule as encoded and under each alternative reading
/// that concerns this period, and the safe date (the earliest).
fn readings(
    j: &Job<'_>,
    rule_set: &RuleSet,
    alternatives: Alternatives<'_>,
    version: &DeadlineVersion,
    trigger: &Trigger,
    main: &Outcome,
    warnings: &mut Vec<Warning>,
) -> (Vec<ReadingResult>, NaiveDate) {
    // Alternative readings: the rule set's, then the deadline's.
    let Alternatives {
        deadline: deadline_readings,
        plans,
    } = alternatives;
    let mut readings = Vec::with_capacity(1 + rule_set.readings.len() + deadline_readings.len());
    readings.push(ReadingResult {
        id: Text::from_static("default"),
        name: Text::from_static("The rule as encoded"),
        citation: None,
        date: main.date,
        due_at: main.due_at,
    });
    let rules_date = trigger.rules_date();
    for (k, r) in rule_set
        .readings
        .iter()
        .chain(deadline_readings.iter())
        .enumerate()
        .filter(|(_, r)| r.applies(rules_date, version.direction))
    {
        // The reading's plan answers a plain trigger (a date alone) as the
        // pipeline would; anything else goes through the pipeline.
        let planned = plans
            .and_then(|p| p.get(k))
            .and_then(|p| p.due_date(trigger));
        // A reading that cannot be computed (its date would fall outside
        // the compiled window) is reported, never allowed to fail the
        // default computation.
        let (date, due_at) = match planned {
            Some(date) => (date, None),
            None => match pipeline::run(j, &r.overrides, &mut pipeline::Silent) {
                Ok(out) => (out.date, out.due_at),
                Err(e) => {
                    warnings.push(Warning {
                        remedy: None,
                        code: WarningCode::Note,
                        message: notices::reading_failed(&r.name, &e),
                    });
                    continue;
                }
            },
        };
        readings.push(ReadingResult {
            id: r.id.clone(),
            name: r.name.clone(),
            citation: Some(r.citation.clone()),
            date,
            due_at,
        });
    }
    let safe = readings.iter().map(|r| r.date).min().unwrap_or(main.date);
    if readings.iter().any(|r| r.date != main.date) {
        warnings.push(Warning {
            remedy: None,
            code: WarningCode::ReadingsDiffer,
            message: notices::readings_differ(&readings, safe),
        });
    }

    (readings, safe)
}

/// Every court whose state's holidays count here (this court, and the court
/// of origin, Fed. R. App. P. 26(a)(6)(C)) without its state's calendar is
/// said, never silently skipped.
fn state_holiday_warnings(
    court: &Court,
    conv: &crate::rules::model::Convention,
    version: &DeadlineVersion,
    trigger: &Trigger,
    date: NaiveDate,
    warnings: &mut Vec<Warning>,
) {
    let state_holidays_count = conv.state_holidays != crate::vocab::StateHolidays::None
        && (version.direction == Direction::After
            || conv.state_holidays == crate::vocab::StateHolidays::All);
    // Every court whose state's holidays count here: this court, and the
    // court of origin (Fed. R. App. P. 26(a)(6)(C)). A court without its
    // state's calendar is said, never silently skipped.
    let origin = trigger
        .origin
        .as_deref()
        .and_then(|id| court.book.loaded.courts.get(id));
    let counted = std::iter::once((&*court.def, "this court"))
        .chain(origin.map(|o| (&**o, "the court of origin")));
    for (c, which) in counted.filter(|_| state_holidays_count) {
        if c.forward_only.is_empty() {
            let state = c.state.as_deref().unwrap_or("the court's state");
            warnings.push(Warning {
                remedy: None,
                code: WarningCode::StateHolidaysNotApplied,
                message: notices::state_holidays_not_applied(
                    state,
                    &c.id,
                    which,
                    &conv.citation,
                    date,
                ),
            });
        }
    }
}

/// When filing closes on the last day, per filing method (day periods;
/// Fed. R. Civ. P. 6(a)(4) does not apply to hour periods).
fn cutoffs(
    court: &Court,
    rule_set: &RuleSet,
    version: &DeadlineVersion,
    trigger: &Trigger,
    date: NaiveDate,
    warnings: &mut Vec<Warning>,
) -> Vec<Cutoff> {
    // Cut-offs (day periods; (a)(4) does not apply to hour periods).
    let mut cutoffs = Vec::with_capacity(2);
    if let (Some(end), DeadlineKind::Deadline) = (version.cutoff, version.kind) {
        let at = end_of_day(court.def.tz, date, end);
        cutoffs.push(Cutoff {
            method: "any".into(),
            at,
            text: notices::cutoff_any(at, date, court.def.tz.name()),
            citation: Some(version.citation.clone()),
        });
    } else if version.period.unit != Unit::Hour && version.kind == DeadlineKind::Deadline {
        // A paper filed in the court of origin (a notice of appeal) ends
        // with that court's day, in its time zone.
        let origin = trigger
            .origin
            .as_deref()
            .and_then(|id| court.book.loaded.courts.get(id));
        let fc: &CourtDef = match (version.filed_in_origin, origin) {
            (true, Some(o)) => o,
            _ => &court.def,
        };
        if version.filed_in_origin && origin.is_none() {
            warnings.push(Warning {
                remedy: Some(Remedy::OriginCourt),
                code: WarningCode::Note,
                message: notices::filed_in_origin_not_given(&court.def.id),
            });
        }
        let tz = fc.tz;
        // The court's cut-offs in force on the last day.
        let (electronic_end, paper_end, court_citation) = fc
            .filing_history
            .iter()
            .find(|(until, ..)| date <= *until)
            .map_or(
                (fc.electronic_end, fc.paper_end, fc.filing_citation.clone()),
                |(_, e, p, c)| (*e, *p, Some(c.clone())),
            );
        let citation = court_citation.or_else(|| rule_set.filing_citation.clone());
        if let Some(end) = electronic_end.or(rule_set.electronic_end) {
            let at = end_of_day(tz, date, end);
            cutoffs.push(Cutoff {
                method: "electronic".into(),
                at,
                text: notices::cutoff_electronic(end == DayEnd::Midnight, at, date, tz.name()),
                citation: citation.clone(),
            });
        }
        match paper_end {
            Some(end) => {
                let at = end_of_day(tz, date, end);
                cutoffs.push(Cutoff {
                    method: "paper".into(),
                    at,
                    text: notices::cutoff_paper(at, date, tz.name()),
                    citation: citation.clone(),
                });
            }
            None => cutoffs.push(Cutoff {
                method: "paper".into(),
                at: None,
                text: notices::cutoff_paper_unrecorded(date),
                citation,
            }),
        }
    }

    cutoffs
}

/// Why a method of service added nothing, or why no method was applied.
fn service_warnings(
    rule_set: &RuleSet,
    named: bool,
    version: &DeadlineVersion,
    conv: &crate::rules::model::Convention,
    job: &Job<'_>,
    trigger: &Trigger,
    warnings: &mut Vec<Warning>,
) {
    let applies_here = version.direction == Direction::After || conv.service_before_events;
    if let Some(method) = trigger.service.as_deref() {
        if version.service_extension && !applies_here {
            let citation = job
                .service_available
                .map_or_else(|| rule_set.citation.clone(), |(_, s)| s.citation.clone());
            warnings.push(Warning {
                remedy: None,
                code: WarningCode::ServiceExtensionNotApplied,
                message: notices::service_not_before_event(method, &citation),
            });
        } else if !version.service_extension && named {
            warnings.push(Warning {
                remedy: None,
                code: WarningCode::ServiceExtensionNotApplied,
                message: notices::service_never_applies(&version.citation),
            });
        }
    } else if let Some((id, event)) = &trigger.method_not_given {
        if version.service_extension && applies_here {
            warnings.push(Warning {
                remedy: Some(Remedy::ServedBy { event: id.clone() }),
                code: WarningCode::ServiceMethodNotGiven,
                message: notices::service_method_not_given(event),
            });
        }
    }
}

fn coverage_warnings(
    court: &Court,
    rule_set: &RuleSet,
    trigger: &Trigger,
    main: &Outcome,
    warnings: &mut Vec<Warning>,
) {
    let set = main;
    let (lo, hi) = if trigger.date <= main.date {
        (trigger.date, main.date)
    } else {
        (main.date, trigger.date)
    };
    // Only when the counted span reaches past a calendar's coverage, and
    // naming only the calendars it reaches past, each with its own date.
    if hi > set.coverage.verified_through || lo < set.coverage.valid_from {
        // The calendars counted are members of the court's merged set: all
        // of its own set or of its set with the state's (known by identity,
        // without comparing names), else those named.
        let used = set.calendars.as_ref();
        let def = &court.def;
        let whole = [&def.base_set, &def.state_set]
            .into_iter()
            .find(|s| used.is_some_and(|u| Arc::ptr_eq(u, &s.calendars)));
        let named = used.map_or(&[][..], |u| &u[..]);
        let covs = whole
            .unwrap_or(&def.state_set)
            .members
            .iter()
            .map(|(cal, _)| cal)
            .filter(move |cal| whole.is_some() || named.iter().any(|id| *id == cal.id()))
            .map(|cal| (cal.id(), cal.coverage()));
        // Iterated, not collected: no allocation for a warning's list.
        let after = covs
            .clone()
            .filter(|(_, c)| hi > c.verified_through)
            .map(|(id, c)| (id, c.verified_through));
        if after.clone().next().is_some() {
            warnings.push(Warning {
                remedy: None,
                code: WarningCode::BeyondVerifiedCoverage,
                message: notices::beyond_verified(after, hi),
            });
        }
        let before = covs
            .filter(|(_, c)| lo < c.valid_from)
            .map(|(id, c)| (id, c.valid_from));
        if before.clone().next().is_some() {
            warnings.push(Warning {
                remedy: None,
                code: WarningCode::BeforeCoverage,
                message: notices::before_calendar_history(before, lo),
            });
        }
    }
    if trigger.rules_date() < rule_set.valid_from {
        warnings.push(Warning {
            remedy: None,
            code: WarningCode::BeforeCoverage,
            message: notices::before_rule_set_history(
                &rule_set.name,
                rule_set.valid_from,
                trigger.rules_date(),
            ),
        });
    }
}

/// A warning when the event's date is a day the court's own calendars
/// close (a hearing set on a Saturday, an entry on New Year's Day): the
/// date may be mistyped. Service on such a day is possible, so it is a
/// check, not an error.
fn event_on_closed_day(court: &Court, trigger: &Trigger, warnings: &mut Vec<Warning>) {
    // The court's own calendars (not the state's it counts forward), under
    // the rules as encoded: one lookup, and the reasons only for a closed
    // day (found once per year and shared).
    let set = &court.def.base_set;
    let flags = crate::rules::model::Flags::default();
    let Ok(table) = set.table(flags) else {
        return;
    };
    let days = Table::new(Handle::Borrowed(table), Handle::Borrowed(set), flags, &[]);
    if days.is_open(trigger.date) != Ok(false) {
        return;
    }
    let reasons = days.reasons(trigger.date);
    if !reasons.is_empty() {
        warnings.push(Warning {
            remedy: None,
            code: WarningCode::EventOnClosedDay,
            message: notices::event_on_closed_day(trigger.date, &reasons),
        });
    }
}
