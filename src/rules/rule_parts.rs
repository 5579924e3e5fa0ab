//! The parts of a rule set: counting conventions, service rules, readings
//! and deadline versions, each validated where it is written.

use std::collections::BTreeMap;

use toml::Spanned;

use super::model::{
    Convention, DeadlineKind, DeadlineVersion, LocalParts, Overrides, Reading, RuleSet,
    ServiceRule, Text, Versioned,
};
use super::schema::{CountingSpec, DeadlineSpec, ReadingSpec, ServiceSpec};
use super::source::{
    SourceFile, check_id, choice, date, day_end, did_you_mean, non_empty, opt_choice, period,
};
use crate::error::{ErrorKind, Result};
use crate::text::suggest;
use crate::vocab::{
    Adjust, Direction, ExecutiveOrderClosures, HowCounted, MonthEnd, Roll, ServiceWhen, Start,
    StateClosures, StateHolidays, Unit,
};

pub(super) fn convention(
    file: &SourceFile,
    c: &CountingSpec,
    base: Option<&Convention>,
) -> Result<Convention> {
    let citation = non_empty(file, "citation", &c.citation)?;
    let start = opt_choice(c.start.as_ref(), |v| choice!(file, Start, "start", v))?;
    let roll = opt_choice(c.roll.as_ref(), |v| choice!(file, Roll, "roll", v))?;
    let roll_before = opt_choice(c.roll_before.as_ref(), |v| {
        choice!(file, Roll, "roll_before", v)
    })?;
    let service_before = c.service_before_events.as_ref().map(|b| *b.get_ref());
    let month_end = opt_choice(c.month_end.as_ref(), |v| {
        choice!(file, MonthEnd, "month_end", v)
    })?;
    let state_holidays = opt_choice(c.state_holidays.as_ref(), |v| {
        choice!(file, StateHolidays, "state_holidays", v)
    })?;
    let court_open_holidays = opt_choice(c.court_open_holidays.as_ref(), |v| {
        choice!(file, HowCounted, "court_open_holidays", v)
    })?;
    let non_legal_holidays = opt_choice(c.non_legal_holidays.as_ref(), |v| {
        choice!(file, HowCounted, "non_legal_holidays", v)
    })?;
    let small = |v: &Option<Spanned<i64>>, what: &str| -> Result<Option<u32>> {
        v.as_ref()
            .map(|n| {
                u32::try_from(*n.get_ref())
                    .ok()
                    .filter(|x| (1..=366).contains(x))
                    .ok_or_else(|| {
                        file.err(
                            ErrorKind::OutOfRange,
                            format!("{what} must be a number of days from 1 to 366"),
                            n.span(),
                        )
                    })
            })
            .transpose()
    };
    let under = small(&c.short_period_under, "short_period_under")?;
    let max = small(&c.short_period_max, "short_period_max")?;
    let inaccessibility = c
        .inaccessibility
        .as_ref()
        .map(|v| non_empty(file, "inaccessibility", v))
        .transpose()?;
    Ok(match base {
        None => Convention {
            citation,
            start: start.unwrap_or(Start::ExcludeTriggerDay),
            roll: roll.unwrap_or(Roll::CountingDirection),
            roll_before: roll_before.or(roll).unwrap_or(Roll::CountingDirection),
            service_before_events: service_before.unwrap_or(false),
            month_end: month_end.unwrap_or(MonthEnd::Clamp),
            state_holidays: state_holidays.unwrap_or(StateHolidays::None),
            court_open_holidays: court_open_holidays.unwrap_or(HowCounted::Open),
            non_legal_holidays: non_legal_holidays.unwrap_or(HowCounted::Closed),
            short_period_under: under,
            short_period_max: max,
            inaccessibility,
        },
        Some(b) => Convention {
            citation,
            start: start.unwrap_or(b.start),
            roll: roll.unwrap_or(b.roll),
            roll_before: roll_before.or(roll).unwrap_or(b.roll_before),
            service_before_events: service_before.unwrap_or(b.service_before_events),
            month_end: month_end.unwrap_or(b.month_end),
            state_holidays: state_holidays.unwrap_or(b.state_holidays),
            court_open_holidays: court_open_holidays.unwrap_or(b.court_open_holidays),
            non_legal_holidays: non_legal_holidays.unwrap_or(b.non_legal_holidays),
            short_period_under: under.or(b.short_period_under),
            short_period_max: max.or(b.short_period_max),
            inaccessibility: inaccessibility.or_else(|| b.inaccessibility.clone()),
        },
    })
}

pub(super) fn service(
    file: &SourceFile,
    s: &ServiceSpec,
    base: Option<&ServiceRule>,
) -> Result<ServiceRule> {
    let citation = non_empty(file, "citation", &s.citation)?;
    let name = s
        .name
        .as_ref()
        .map(|n| non_empty(file, "name", n))
        .transpose()?;
    let add = s.add.as_ref().map(|a| period(file, a, true)).transpose()?;
    if let (Some(p), Some(a)) = (add, s.add.as_ref()) {
        if !matches!(p.unit, Unit::Day | Unit::CourtDay) {
            return Err(file.err(
                ErrorKind::Invalid,
                format!(
                    "a service extension is added in days or court days, not {}s",
                    p.unit
                ),
                a.span(),
            ));
        }
    }
    let when = opt_choice(s.when.as_ref(), |v| choice!(file, ServiceWhen, "when", v))?;
    match base {
        None => Ok(ServiceRule {
            name: file.required(name, "`name` in a service", s.citation.span())?,
            citation,
            add: file.required(
                add,
                "`add` in a service (\"0 days\" when none)",
                s.citation.span(),
            )?,
            when: when.unwrap_or(ServiceWhen::AfterPeriod),
        }),
        Some(b) => Ok(ServiceRule {
            name: name.unwrap_or_else(|| b.name.clone()),
            citation,
            add: add.unwrap_or(b.add),
            when: when.unwrap_or(b.when),
        }),
    }
}

pub(super) fn reading(file: &SourceFile, r: &ReadingSpec) -> Result<Reading> {
    let id = check_id(file, "reading", &r.id)?;
    let overrides = Overrides {
        roll: opt_choice(r.roll.as_ref(), |v| choice!(file, Roll, "roll", v))?,
        service_when: opt_choice(r.service_when.as_ref(), |v| {
            choice!(file, ServiceWhen, "service_when", v)
        })?,
        month_end: opt_choice(r.month_end.as_ref(), |v| {
            choice!(file, MonthEnd, "month_end", v)
        })?,
        eo_closures: opt_choice(r.executive_order_closures.as_ref(), |v| {
            choice!(file, ExecutiveOrderClosures, "executive_order_closures", v)
        })?,
        service_extension: r.service_extension.as_ref().map(|b| *b.get_ref()),
        start: opt_choice(r.start.as_ref(), |v| choice!(file, Start, "start", v))?,
        state_closures: opt_choice(r.state_closures.as_ref(), |v| {
            choice!(file, StateClosures, "state_closures", v)
        })?,
        state_open_holidays: opt_choice(r.state_open_holidays.as_ref(), |v| {
            choice!(file, StateClosures, "state_open_holidays", v)
        })?,
        court_open_holidays: opt_choice(r.court_open_holidays.as_ref(), |v| {
            choice!(file, HowCounted, "court_open_holidays", v)
        })?,
        non_legal_holidays: opt_choice(r.non_legal_holidays.as_ref(), |v| {
            choice!(file, HowCounted, "non_legal_holidays", v)
        })?,
    };
    if overrides.roll.is_none()
        && overrides.service_when.is_none()
        && overrides.month_end.is_none()
        && overrides.eo_closures.is_none()
        && overrides.service_extension.is_none()
        && overrides.start.is_none()
        && overrides.state_closures.is_none()
        && overrides.state_open_holidays.is_none()
        && overrides.court_open_holidays.is_none()
        && overrides.non_legal_holidays.is_none()
    {
        return Err(file.err(
            ErrorKind::Invalid,
            format!("reading {id:?} changes nothing (give roll, service_when, month_end, executive_order_closures, state_closures, state_open_holidays, court_open_holidays, non_legal_holidays, service_extension or start)"),
            r.id.span(),
        ));
    }
    let from = r.from.as_ref().map(|v| date(file, "from", v)).transpose()?;
    let until = r
        .until
        .as_ref()
        .map(|v| date(file, "until", v))
        .transpose()?;
    if let (Some(f), Some(u), Some(span)) = (from, until, r.until.as_ref()) {
        if u < f {
            return Err(file.err(
                ErrorKind::Invalid,
                format!("until ({u}) is before from ({f}): the reading would never be shown"),
                span.span(),
            ));
        }
    }
    Ok(Reading {
        id: id.into(),
        name: non_empty(file, "name", &r.name)?,
        citation: non_empty(file, "citation", &r.citation)?,
        overrides,
        from,
        until,
        direction: opt_choice(r.direction.as_ref(), |v| {
            choice!(file, Direction, "direction", v)
        })?,
    })
}

/// A deadline's `kind`: a deadline, or a completion date (never rolled).
fn deadline_kind(file: &SourceFile, d: &DeadlineSpec) -> Result<Option<DeadlineKind>> {
    d.kind
        .as_ref()
        .map(|k| match k.get_ref().trim() {
            "deadline" => Ok(DeadlineKind::Deadline),
            "completion" => Ok(DeadlineKind::Completion),
            other => Err(file.err(
                ErrorKind::Invalid,
                format!("unknown kind {other:?} (expected deadline or completion)"),
                k.span(),
            )),
        })
        .transpose()
}

/// A deadline's `filed_in`: the court of origin, or this court.
fn filed_in(file: &SourceFile, d: &DeadlineSpec) -> Result<Option<bool>> {
    d.filed_in
        .as_ref()
        .map(|v| match v.get_ref().trim() {
            "origin" => Ok(true),
            "this-court" => Ok(false),
            other => Err(file.err(
                ErrorKind::Invalid,
                format!("unknown filed_in {other:?} (expected origin or this-court)"),
                v.span(),
            )),
        })
        .transpose()
}

/// A deadline's own service extensions (`[deadline.x.services]`), each
/// replacing the rule set's for that method.
fn own_services(
    file: &SourceFile,
    d: &DeadlineSpec,
    citation: &Text,
    rule_set_services: &BTreeMap<String, Versioned<ServiceRule>>,
) -> Result<Option<Vec<(String, ServiceRule)>>> {
    let Some(map) = &d.services else {
        return Ok(None);
    };
    let mut out = Vec::new();
    for (method, add) in map {
        let m = method.get_ref();
        let Some(base_rule) = rule_set_services.get(m) else {
            return Err(file.err(
                ErrorKind::Reference,
                format!(
                    "service method {m:?} is not defined by this rule set{} (define it in a [service.{m}] table first)",
                    did_you_mean(m, rule_set_services.keys().map(String::as_str))
                ),
                method.span(),
            ));
        };
        let p = period(file, add, true)?;
        if !matches!(p.unit, Unit::Day | Unit::CourtDay) {
            return Err(file.err(
                ErrorKind::Invalid,
                format!(
                    "a service extension is added in days or court days, not {}s",
                    p.unit
                ),
                add.span(),
            ));
        }
        out.push((
            m.clone(),
            ServiceRule {
                name: base_rule.current.name.clone(),
                citation: citation.clone(),
                add: p,
                when: base_rule.current.when,
            },
        ));
    }
    Ok(Some(out))
}

pub(super) fn deadline_version(
    file: &SourceFile,
    d: &DeadlineSpec,
    base: Option<&DeadlineVersion>,
    whole: std::ops::Range<usize>,
    rule_set_services: &BTreeMap<String, Versioned<ServiceRule>>,
) -> Result<DeadlineVersion> {
    let citation: Text = non_empty(file, "citation", &d.citation)?;
    let name = d
        .name
        .as_ref()
        .map(|n| non_empty(file, "name", n))
        .transpose()?;
    let p = d
        .period
        .as_ref()
        .map(|v| period(file, v, false))
        .transpose()?;
    let direction = opt_choice(d.direction.as_ref(), |v| {
        choice!(file, Direction, "direction", v)
    })?;
    let roll = opt_choice(d.roll.as_ref(), |v| choice!(file, Roll, "roll", v))?;
    let month_end = opt_choice(d.month_end.as_ref(), |v| {
        choice!(file, MonthEnd, "month_end", v)
    })?;
    let adjust = opt_choice(d.adjust.as_ref(), |v| choice!(file, Adjust, "adjust", v))?;
    let ext = d.service_extension.as_ref().map(|b| *b.get_ref());
    let cutoff = d.cutoff.as_ref().map(|v| day_end(file, v)).transpose()?;
    let kind = deadline_kind(file, d)?;
    let calendar_days = d.calendar_days.as_ref().map(|b| *b.get_ref());
    let filed_in_origin = filed_in(file, d)?;
    let services = own_services(file, d, &citation, rule_set_services)?;
    let period = match (p, base) {
        (Some(p), _) => p,
        (None, Some(b)) => b.period,
        (None, None) => file.required(p, "`period` (such as \"21 days\")", whole.clone())?,
    };
    // As results show it, written once.
    let period_text = Text::from(crate::explain::sentences::period_text(period));
    match base {
        None => Ok(DeadlineVersion {
            name: file.required(name, "`name`", whole.clone())?,
            citation,
            period,
            period_text,
            direction: direction.unwrap_or(Direction::After),
            service_extension: ext.unwrap_or(false),
            roll,
            month_end,
            adjust,
            cutoff,
            kind: kind.unwrap_or(DeadlineKind::Deadline),
            calendar_days: calendar_days.unwrap_or(false),
            filed_in_origin: filed_in_origin.unwrap_or(false),
            services: services.unwrap_or_default(),
        }),
        Some(b) => Ok(DeadlineVersion {
            name: name.unwrap_or_else(|| b.name.clone()),
            citation,
            period,
            period_text,
            direction: direction.unwrap_or(b.direction),
            service_extension: ext.unwrap_or(b.service_extension),
            roll: roll.or(b.roll),
            month_end: month_end.or(b.month_end),
            adjust: adjust.or(b.adjust),
            cutoff: cutoff.or(b.cutoff),
            kind: kind.unwrap_or(b.kind),
            calendar_days: calendar_days.unwrap_or(b.calendar_days),
            filed_in_origin: filed_in_origin.unwrap_or(b.filed_in_origin),
            services: services.unwrap_or_else(|| b.services.clone()),
        }),
    }
}

/// A deadline's note, whether local rules commonly change it, and (in a
/// rule set that supplements `base`) the base deadlines it displaces.
pub(super) fn local_parts(
    file: &SourceFile,
    d: &DeadlineSpec,
    base: Option<&RuleSet>,
) -> Result<LocalParts> {
    let mut displaces: Vec<Text> = Vec::new();
    if let Some(list) = &d.displaces {
        let Some(b) = base else {
            return Err(file.err(
                ErrorKind::Invalid,
                "`displaces` is for a rule set that supplements another (`supplements = \"frcp\"` in [rule_set]): it names the deadlines of that rule set this one replaces",
                list.span(),
            ));
        };
        for x in list.get_ref() {
            let bare = x
                .get_ref()
                .strip_prefix(&*b.id)
                .and_then(|r| r.strip_prefix('.'))
                .filter(|r| b.deadlines.contains_key(*r));
            let Some(bare) = bare else {
                return Err(file.err(
                    ErrorKind::Reference,
                    format!(
                        "unknown deadline {:?} in `displaces`{} (name a deadline of the supplemented rule set, e.g. \"{}.<deadline>\")",
                        x.get_ref(),
                        suggest(
                            x.get_ref(),
                            b.deadlines.keys().map(|k| format!("{}.{k}", b.id)).collect::<Vec<_>>().iter().map(String::as_str)
                        ),
                        b.id
                    ),
                    x.span(),
                ));
            };
            if displaces.iter().any(|y| **y == *bare) {
                return Err(file.err(
                    ErrorKind::Duplicate,
                    format!("deadline {:?} is listed twice", x.get_ref()),
                    x.span(),
                ));
            }
            displaces.push(bare.into());
        }
    }
    Ok(LocalParts {
        note: d.note.as_deref().map(Into::into),
        displaces,
        local_rules_vary: d.local_rules_vary.as_ref().is_some_and(|v| *v.get_ref()),
        tolls: match (&d.tolls, &d.tolls_citation) {
            (None, None) => None,
            (Some(t), Some(c)) => {
                if t.get_ref()
                    .split_once('.')
                    .is_none_or(|(a, b)| a.is_empty() || b.is_empty())
                {
                    return Err(file.err(
                        ErrorKind::Invalid,
                        format!(
                            "`tolls` names a deadline as \"<rule set>.<deadline>\", not {:?}",
                            t.get_ref()
                        ),
                        t.span(),
                    ));
                }
                Some((
                    t.get_ref().as_str().into(),
                    non_empty(file, "tolls_citation", c)?,
                ))
            }
            (Some(t), None) => {
                return Err(file.err(
                    ErrorKind::Schema,
                    "`tolls` needs `tolls_citation`: the authority that suspends the other deadline",
                    t.span(),
                ));
            }
            (None, Some(c)) => {
                return Err(file.err(
                    ErrorKind::Schema,
                    "`tolls_citation` without `tolls`",
                    c.span(),
                ));
            }
        },
    })
}

/// A deadline's `until_date`: the last day it exists; not before its
/// `from_date`.
pub(super) fn until_date(file: &SourceFile, d: &DeadlineSpec) -> Result<Option<chrono::NaiveDate>> {
    let Some(u) = &d.until_date else {
        return Ok(None);
    };
    let until = date(file, "until_date", u)?;
    if let Some(f) = &d.from_date {
        let from = date(file, "from_date", f)?;
        if until < from {
            return Err(file.err(
                ErrorKind::Invalid,
                format!("until_date {until} is before from_date {from}"),
                u.span(),
            ));
        }
    }
    Ok(Some(until))
}
