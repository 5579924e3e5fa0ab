//! Loading rule-set and court files: schema → validated model, every check
//! located in its file.

use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;
use std::sync::Arc;

use chrono::{NaiveDate, NaiveTime};
use toml::Spanned;

use super::load::{SourceFile, date, non_empty, valid_id};
use super::model::{
    Combine, Composite, Convention, CourtInfo, DayEnd, DeadlineKind, DeadlineRule, DeadlineVersion,
    Event, Example, ExampleWhat, Overrides, Reading, RuleSet, ServiceRule, Text, Versioned, When,
};
use super::schema::{
    CountingSpec, CourtSpec, CourtsFile, DeadlineSpec, ExampleSpec, ReadingSpec, RuleSetFile,
    ServiceSpec, WhenValue,
};
use crate::error::{ErrorKind, Result};
use crate::text::suggest;
use crate::vocab::{
    Adjust, Direction, ExecutiveOrderClosures, MonthEnd, Period, Roll, ServiceWhen, Start,
    StateClosures, StateHolidays, Unit,
};

/// The service-method ids rule sets may define.
pub const SERVICE_METHODS: &[&str] = &[
    "personal",
    "mail",
    "mail-out-of-state",
    "mail-out-of-country",
    "electronic",
    "overnight",
    "fax",
    "clerk",
    "consented",
];

/// The most deadlines, events or services one rule-set file may define.
pub const MAX_ITEMS_PER_FILE: usize = 2_000;
/// The most history entries one item may have.
pub const MAX_HISTORY: usize = 100;

macro_rules! choice {
    ($file:expr, $ty:ty, $what:literal, $v:expr) => {{
        let v: &Spanned<String> = $v;
        <$ty>::parse(v.get_ref().trim()).ok_or_else(|| {
            $file.err(
                ErrorKind::Invalid,
                format!(
                    concat!("unknown ", $what, " {:?} (expected {})"),
                    v.get_ref(),
                    <$ty>::expected()
                ),
                v.span(),
            )
        })
    }};
}

fn opt_choice<T>(
    v: Option<&Spanned<String>>,
    f: impl Fn(&Spanned<String>) -> Result<T>,
) -> Result<Option<T>> {
    v.map(f).transpose()
}

fn check_id(file: &SourceFile, what: &str, v: &Spanned<String>) -> Result<String> {
    let id = v.get_ref();
    if !valid_id(id) {
        return Err(file.err(
            ErrorKind::Invalid,
            format!("{what} id {id:?} is not valid (expected lowercase letters, digits and single dashes)"),
            v.span(),
        ));
    }
    Ok(id.clone())
}

/// `" (did you mean \"x\"?)"` when a known name is close, else nothing.
fn did_you_mean<'a>(wanted: &str, known: impl Iterator<Item = &'a str>) -> String {
    let s = suggest(wanted, known);
    if s.starts_with(" (did you mean") {
        s
    } else {
        String::new()
    }
}

/// Parses a period in a rule file; `allow_zero` for service extensions.
fn period(file: &SourceFile, v: &Spanned<String>, allow_zero: bool) -> Result<Period> {
    let p = Period::from_str(v.get_ref()).map_err(|e| file.err(e.kind(), e.message(), v.span()))?;
    if p.amount == 0 && !allow_zero {
        return Err(file.err(
            ErrorKind::Invalid,
            format!("a period of {p} is meaningless for a deadline (the event's own day is excluded from counting)"),
            v.span(),
        ));
    }
    Ok(p)
}

fn day_end(file: &SourceFile, v: &Spanned<String>) -> Result<DayEnd> {
    let s = v.get_ref().trim();
    if s == "24:00" || s == "midnight" {
        return Ok(DayEnd::Midnight);
    }
    NaiveTime::parse_from_str(s, "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M"))
        .map(DayEnd::At)
        .map_err(|_| {
            file.err(
                ErrorKind::Invalid,
                format!("bad time of day {s:?} (expected HH:MM or HH:MM:SS in 24-hour time, such as \"16:30\", or \"24:00\" for midnight)"),
                v.span(),
            )
        })
}

fn until(
    file: &SourceFile,
    what: &str,
    v: Option<&Spanned<super::schema::DateValue>>,
    whole: std::ops::Range<usize>,
) -> Result<NaiveDate> {
    let u = file.required(
        v,
        &format!("`until` in a {what} history entry (the last day that version was in force)"),
        whole,
    )?;
    date(file, "until", u)
}

/// Sorts history by `until` and refuses two versions ending the same day.
fn sort_history<T>(
    file: &SourceFile,
    mut h: Vec<(NaiveDate, T, std::ops::Range<usize>)>,
) -> Result<Vec<(NaiveDate, T)>> {
    if h.len() > MAX_HISTORY {
        return Err(file.err(
            ErrorKind::Invalid,
            format!(
                "{} history entries; at most {MAX_HISTORY} are accepted",
                h.len()
            ),
            h.first().map_or(0..0, |x| x.2.clone()),
        ));
    }
    h.sort_by_key(|x| x.0);
    for pair in h.windows(2) {
        if let [a, b] = pair {
            if a.0 == b.0 {
                return Err(file.err(
                    ErrorKind::Duplicate,
                    format!("two history entries end on {}", a.0),
                    b.2.clone(),
                ));
            }
        }
    }
    Ok(h.into_iter().map(|(u, v, _)| (u, v)).collect())
}

fn convention(
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
            short_period_under: under.or(b.short_period_under),
            short_period_max: max.or(b.short_period_max),
            inaccessibility: inaccessibility.or_else(|| b.inaccessibility.clone()),
        },
    })
}

fn service(file: &SourceFile, s: &ServiceSpec, base: Option<&ServiceRule>) -> Result<ServiceRule> {
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

fn reading(file: &SourceFile, r: &ReadingSpec) -> Result<Reading> {
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
    };
    if overrides.roll.is_none()
        && overrides.service_when.is_none()
        && overrides.month_end.is_none()
        && overrides.eo_closures.is_none()
        && overrides.service_extension.is_none()
        && overrides.start.is_none()
        && overrides.state_closures.is_none()
        && overrides.state_open_holidays.is_none()
    {
        return Err(file.err(
            ErrorKind::Invalid,
            format!("reading {id:?} changes nothing (give roll, service_when, month_end, executive_order_closures, state_closures, state_open_holidays, service_extension or start)"),
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

fn deadline_version(
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
    let kind = d
        .kind
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
        .transpose()?;
    let calendar_days = d.calendar_days.as_ref().map(|b| *b.get_ref());
    let filed_in_origin = d
        .filed_in
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
        .transpose()?;
    let services = match &d.services {
        None => None,
        Some(map) => {
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
            Some(out)
        }
    };
    match base {
        None => Ok(DeadlineVersion {
            name: file.required(name, "`name`", whole.clone())?,
            citation,
            period: file.required(p, "`period` (such as \"21 days\")", whole.clone())?,
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
            period: p.unwrap_or(b.period),
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

fn when(file: &SourceFile, what: &str, v: &Spanned<WhenValue>) -> Result<When> {
    match v.get_ref() {
        WhenValue::Date(d) => Ok(When::Date(*d)),
        WhenValue::DateTime(dt) => Ok(When::DateTime(*dt)),
        WhenValue::Bad(m) => Err(file.err(ErrorKind::Invalid, format!("{what}: {m}"), v.span())),
    }
}

fn example(file: &SourceFile, e: &ExampleSpec, whole: std::ops::Range<usize>) -> Result<Example> {
    let source = non_empty(file, "source", &e.source)?;
    let (what, trigger) = match (&e.deadline, &e.period, &e.after, &e.before, &e.trigger) {
        (Some(d), None, None, None, Some(t)) => (
            ExampleWhat::Deadline(d.get_ref().clone()),
            when(file, "trigger", t)?,
        ),
        (None, Some(p), Some(t), None, None) => {
            period(file, p, false)?;
            (
                ExampleWhat::Period {
                    period: p.get_ref().clone(),
                    direction: Direction::After,
                },
                when(file, "after", t)?,
            )
        }
        (None, Some(p), None, Some(t), None) => {
            period(file, p, false)?;
            (
                ExampleWhat::Period {
                    period: p.get_ref().clone(),
                    direction: Direction::Before,
                },
                when(file, "before", t)?,
            )
        }
        _ => {
            return Err(file.err(
                ErrorKind::Schema,
                "an example gives either `deadline` with `trigger`, or `period` with `after` or `before`",
                whole,
            ));
        }
    };
    let line = file
        .text
        .get(..whole.start)
        .map_or(1, |t| t.matches('\n').count() + 1);
    Ok(Example {
        file: file.name.clone(),
        line,
        source,
        court: e.court.get_ref().clone(),
        what,
        trigger,
        service: e.service.as_ref().map(|s| s.get_ref().clone()),
        as_of: e
            .as_of
            .as_ref()
            .map(|a| date(file, "as_of", a))
            .transpose()?,
        closed: e
            .closed
            .iter()
            .map(|d| date(file, "closed", d))
            .collect::<Result<_>>()?,
        inaccessible: e
            .inaccessible
            .iter()
            .map(|d| date(file, "inaccessible", d))
            .collect::<Result<_>>()?,
        reading: e.reading.as_ref().map(|r| r.get_ref().clone()),
        expect: when(file, "expect", &e.expect)?,
    })
}

/// A deadline that is the earliest or the latest of other deadlines of the
/// same rule set (which must be ordinary deadlines).
fn composite(
    file: &SourceFile,
    key: &Spanned<String>,
    spec: &Spanned<DeadlineSpec>,
    deadlines: &BTreeMap<String, Arc<DeadlineRule>>,
) -> Result<DeadlineRule> {
    let d = spec.get_ref();
    let id = check_id(file, "deadline", key)?;
    let (combine, list) = match (&d.earliest_of, &d.latest_of) {
        (Some(l), None) => (Combine::Earliest, l),
        (None, Some(l)) => (Combine::Latest, l),
        _ => {
            return Err(file.err(
                ErrorKind::Invalid,
                "a deadline gives either `earliest_of` or `latest_of`, not both",
                key.span(),
            ));
        }
    };
    if d.from.is_some()
        || d.period.is_some()
        || !d.history.is_empty()
        || !d.reading.is_empty()
        || d.direction.is_some()
        || d.services.is_some()
    {
        return Err(file.err(
            ErrorKind::Invalid,
            "a deadline that combines others (`earliest_of` / `latest_of`) takes only name, citation, from_date and note: its parts carry their events, periods and histories",
            spec.span(),
        ));
    }
    if list.get_ref().len() < 2 {
        return Err(file.err(
            ErrorKind::Invalid,
            "combine at least two deadlines",
            list.span(),
        ));
    }
    let mut parts: Vec<Arc<DeadlineRule>> = Vec::new();
    for p in list.get_ref() {
        let Some(part) = deadlines.get(p.get_ref()) else {
            return Err(file.err(
                ErrorKind::Reference,
                format!(
                    "unknown deadline {:?}{} (a combined deadline's parts are ordinary deadlines of the same rule set)",
                    p.get_ref(),
                    suggest(p.get_ref(), deadlines.keys().map(String::as_str))
                ),
                p.span(),
            ));
        };
        if parts.iter().any(|x| x.id == part.id) {
            return Err(file.err(
                ErrorKind::Duplicate,
                format!("deadline {:?} is listed twice", p.get_ref()),
                p.span(),
            ));
        }
        parts.push(Arc::clone(part));
    }
    let first = parts.first().ok_or_else(|| {
        file.err(
            ErrorKind::Invalid,
            "combine at least two deadlines",
            list.span(),
        )
    })?;
    let mut current = first.versions.current.clone();
    let name = d
        .name
        .as_ref()
        .map(|n| non_empty(file, "name", n))
        .transpose()?;
    current.name = file.required(name, "`name`", key.span())?;
    current.citation = non_empty(file, "citation", &d.citation)?;
    Ok(DeadlineRule {
        id: id.into(),
        from_event: first.from_event.clone(),
        from_date: d
            .from_date
            .as_ref()
            .map(|v| date(file, "from_date", v))
            .transpose()?,
        versions: Versioned {
            current,
            history: Vec::new(),
        },
        readings: Vec::new(),
        composite: Some(Composite { combine, parts }),
    })
}

/// Validates a rule-set file.
pub(super) fn rule_set(
    file: &SourceFile,
    f: RuleSetFile,
) -> Result<(RuleSet, std::ops::Range<usize>)> {
    let h = f.rule_set.get_ref();
    let id = check_id(file, "rule set", &h.id)?;
    if let Some(stem) = file.stem() {
        if stem != id {
            return Err(file.err(
                ErrorKind::Invalid,
                format!("rule set id {id:?} does not match the file name {stem:?}.toml (a rule set lives in <id>.toml)"),
                h.id.span(),
            ));
        }
    }
    let count = f.service.len() + f.event.len() + f.deadline.len() + f.example.len();
    if count > MAX_ITEMS_PER_FILE {
        return Err(file.err(
            ErrorKind::Invalid,
            format!("{count} services, events, deadlines and examples in one file; at most {MAX_ITEMS_PER_FILE} are accepted"),
            h.id.span(),
        ));
    }
    let counting_spec = h.counting.get_ref();
    if counting_spec.until.is_some() {
        return Err(file.err(
            ErrorKind::Invalid,
            "`until` belongs in a [[rule_set.counting.history]] entry, not in the current convention",
            h.counting.span(),
        ));
    }
    let current = convention(file, counting_spec, None)?;
    let mut hist = Vec::new();
    for entry in &counting_spec.history {
        let e = entry.get_ref();
        if !e.history.is_empty() {
            return Err(file.err(
                ErrorKind::Invalid,
                "a history entry cannot have its own history",
                entry.span(),
            ));
        }
        let u = until(file, "counting", e.until.as_ref(), entry.span())?;
        hist.push((u, convention(file, e, Some(&current))?, entry.span()));
    }
    let counting = Versioned {
        current,
        history: sort_history(file, hist)?,
    };

    let (filing_citation, electronic_end) = match &h.filing {
        Some(fs) => {
            let fs = fs.get_ref();
            let electronic = fs
                .electronic
                .as_ref()
                .map(|v| day_end(file, v))
                .transpose()?;
            if let Some(p) = &fs.paper {
                if p.get_ref().trim() != "clerk-closes" {
                    day_end(file, p)?;
                }
            }
            (Some(non_empty(file, "citation", &fs.citation)?), electronic)
        }
        None => (None, None),
    };

    let mut services = BTreeMap::new();
    for (key, spec) in &f.service {
        let sid = key.get_ref();
        if !SERVICE_METHODS.contains(&sid.as_str()) {
            return Err(file.err(
                ErrorKind::Invalid,
                format!(
                    "unknown service method {sid:?}{} (expected one of: {})",
                    did_you_mean(sid, SERVICE_METHODS.iter().copied()),
                    SERVICE_METHODS.join(", ")
                ),
                key.span(),
            ));
        }
        let s = spec.get_ref();
        if s.until.is_some() {
            return Err(file.err(
                ErrorKind::Invalid,
                "`until` belongs in a history entry",
                spec.span(),
            ));
        }
        let current = service(file, s, None)?;
        let mut hist = Vec::new();
        for entry in &s.history {
            let e = entry.get_ref();
            let u = until(file, "service", e.until.as_ref(), entry.span())?;
            hist.push((u, service(file, e, Some(&current))?, entry.span()));
        }
        services.insert(
            sid.clone(),
            Versioned {
                current,
                history: sort_history(file, hist)?,
            },
        );
    }

    let mut readings: Vec<Reading> = Vec::new();
    for r in &f.reading {
        let rd = reading(file, r.get_ref())?;
        if readings.iter().any(|x| x.id == rd.id) {
            return Err(file.err(
                ErrorKind::Duplicate,
                format!("reading {:?} is defined twice", rd.id),
                r.get_ref().id.span(),
            ));
        }
        readings.push(rd);
    }

    let mut events = BTreeMap::new();
    for (key, spec) in &f.event {
        let eid = check_id(file, "event", key)?;
        let e = spec.get_ref();
        events.insert(
            eid.clone(),
            Event {
                id: eid.into(),
                name: non_empty(file, "name", &e.name)?,
                citation: e
                    .citation
                    .as_ref()
                    .map(|c| non_empty(file, "citation", c))
                    .transpose()?,
                expected: e.expected.as_ref().map(|x| x.get_ref().clone()),
            },
        );
    }

    let mut deadlines = BTreeMap::new();
    let mut composites = Vec::new();
    for (key, spec) in &f.deadline {
        let did = check_id(file, "deadline", key)?;
        let d = spec.get_ref();
        if d.earliest_of.is_some() || d.latest_of.is_some() {
            composites.push((key, spec));
            continue;
        }
        if d.until.is_some() {
            return Err(file.err(
                ErrorKind::Invalid,
                "`until` belongs in a history entry",
                spec.span(),
            ));
        }
        let from = d.from.as_ref().ok_or_else(|| {
            file.err(
                ErrorKind::Schema,
                format!("deadline {did:?} has no `from` (the event it runs from)"),
                key.span(),
            )
        })?;
        if !events.contains_key(from.get_ref()) {
            return Err(file.err(
                ErrorKind::Reference,
                format!(
                    "unknown event {:?}{}",
                    from.get_ref(),
                    suggest(from.get_ref(), events.keys().map(String::as_str))
                ),
                from.span(),
            ));
        }
        let current = deadline_version(file, d, None, key.span(), &services)?;
        let mut hist = Vec::new();
        for entry in &d.history {
            let e = entry.get_ref();
            if e.from.is_some()
                || !e.history.is_empty()
                || !e.reading.is_empty()
                || e.from_date.is_some()
            {
                return Err(file.err(
                    ErrorKind::Invalid,
                    "a deadline's history entry may change its name, citation, period, direction, service_extension, services, roll, month_end, adjust, cutoff, kind or calendar_days, not its event, from_date, readings or history",
                    entry.span(),
                ));
            }
            let u = until(file, "deadline", e.until.as_ref(), entry.span())?;
            hist.push((
                u,
                deadline_version(file, e, Some(&current), entry.span(), &services)?,
                entry.span(),
            ));
        }
        let mut rds: Vec<Reading> = Vec::new();
        for r in &d.reading {
            let rd = reading(file, r.get_ref())?;
            if rds.iter().chain(readings.iter()).any(|x| x.id == rd.id) {
                return Err(file.err(
                    ErrorKind::Duplicate,
                    format!("reading {:?} is defined twice", rd.id),
                    r.get_ref().id.span(),
                ));
            }
            rds.push(rd);
        }
        let extends_notice = std::iter::once(&counting.current)
            .chain(counting.history.iter().map(|(_, c)| c))
            .any(|c| c.service_before_events);
        let before_with_service = std::iter::once(&current)
            .chain(hist.iter().map(|(_, v, _)| v))
            .any(|v| v.direction == Direction::Before && v.service_extension);
        if before_with_service && !extends_notice {
            return Err(file.err(
                ErrorKind::Invalid,
                format!("deadline {did:?} is counted before its event with service_extension = true, but this rule set's service extensions apply only to periods after service (set service_before_events = true in [rule_set.counting] if its rules lengthen notice periods too)"),
                key.span(),
            ));
        }
        deadlines.insert(
            did.clone(),
            Arc::new(DeadlineRule {
                id: did.into(),
                from_event: from.get_ref().as_str().into(),
                from_date: d
                    .from_date
                    .as_ref()
                    .map(|v| date(file, "from_date", v))
                    .transpose()?,
                versions: Versioned {
                    current,
                    history: sort_history(file, hist)?,
                },
                readings: rds,
                composite: None,
            }),
        );
    }
    for (key, spec) in composites {
        let rule = composite(file, key, spec, &deadlines)?;
        deadlines.insert(key.get_ref().clone(), Arc::new(rule));
    }

    // Events expected on a deadline's date: the deadline exists, and the
    // chains form no cycle.
    for (key, spec) in &f.event {
        if let Some(x) = &spec.get_ref().expected {
            if !deadlines.contains_key(x.get_ref()) {
                return Err(file.err(
                    ErrorKind::Reference,
                    format!(
                        "unknown deadline {:?} in `expected`{}",
                        x.get_ref(),
                        suggest(x.get_ref(), deadlines.keys().map(String::as_str))
                    ),
                    x.span(),
                ));
            }
        }
        // Follow event -> expected deadline -> its event ... ; bounded by the
        // number of events.
        let mut seen = BTreeSet::new();
        let mut path = vec![key.get_ref().clone()];
        let mut cur = key.get_ref().clone();
        while let Some(dl) = events.get(&cur).and_then(|e| e.expected.clone()) {
            let Some(next) = deadlines.get(&dl).map(|d| d.from_event.clone()) else {
                break;
            };
            path.push(format!("{dl} (from {next})"));
            if *next == **key.get_ref() || !seen.insert(next.clone()) {
                let span = spec
                    .get_ref()
                    .expected
                    .as_ref()
                    .map_or(key.span(), Spanned::span);
                return Err(file.err(
                    ErrorKind::Cycle,
                    format!("event chain cycle: {}", path.join(" -> ")),
                    span,
                ));
            }
            cur = next.to_string();
        }
    }

    let examples = f
        .example
        .iter()
        .map(|e| example(file, e.get_ref(), e.span()))
        .collect::<Result<Vec<_>>>()?;

    Ok((
        RuleSet {
            id: id.into(),
            name: non_empty(file, "name", &h.name)?,
            citation: non_empty(file, "citation", &h.citation)?,
            note: h.note.clone(),
            valid_from: date(file, "valid_from", &h.valid_from)?,
            counting,
            filing_citation,
            electronic_end,
            services,
            readings,
            events,
            deadlines,
            examples,
        },
        h.id.span(),
    ))
}

/// A court as parsed, with the spans its references need for errors.
pub(super) struct ParsedCourt {
    pub(super) def: CourtInfo,
    pub(super) id_span: std::ops::Range<usize>,
    pub(super) refs: Vec<(RefKind, String, std::ops::Range<usize>)>,
}

/// What a court refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RefKind {
    RuleSet,
    Calendar,
}

fn court(file: &SourceFile, key: &Spanned<String>, c: &CourtSpec) -> Result<ParsedCourt> {
    let id = check_id(file, "court", key)?;
    let tz = chrono_tz::Tz::from_str(c.time_zone.get_ref().trim()).map_err(|_| {
        file.err(
            ErrorKind::Invalid,
            format!(
                "unknown time zone {:?}{} (expected an IANA name such as \"America/New_York\")",
                c.time_zone.get_ref(),
                did_you_mean(
                    c.time_zone.get_ref(),
                    chrono_tz::TZ_VARIANTS.iter().map(|z| z.name())
                )
            ),
            c.time_zone.span(),
        )
    })?;
    if let Some(s) = &c.state {
        let v = s.get_ref();
        if v.len() != 2 || !v.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(file.err(
                ErrorKind::Invalid,
                format!("state {v:?} is not a two-letter code such as \"CA\""),
                s.span(),
            ));
        }
    }
    let (mut electronic, mut paper) = (None, None);
    if let Some(f) = &c.filing {
        for (method, v) in f.get_ref() {
            match method.as_str() {
                "electronic" => electronic = Some(day_end(file, v)?),
                "paper" => paper = Some(day_end(file, v)?),
                other => {
                    return Err(file.err(
                        ErrorKind::Schema,
                        format!("unknown filing method {other:?} (expected electronic or paper)"),
                        f.span(),
                    ));
                }
            }
        }
    }
    let mut filing_history = Vec::new();
    for h in &c.filing_history {
        let e = h.get_ref();
        filing_history.push((
            date(file, "until", &e.until)?,
            e.electronic
                .as_ref()
                .map(|v| day_end(file, v))
                .transpose()?,
            e.paper.as_ref().map(|v| day_end(file, v)).transpose()?,
            non_empty::<Text>(file, "citation", &e.citation)?,
            h.span(),
        ));
    }
    let filing_history = sort_history(
        file,
        filing_history
            .into_iter()
            .map(|(u, el, pa, cit, span)| (u, (el, pa, cit), span))
            .collect(),
    )?
    .into_iter()
    .map(|(u, (el, pa, cit))| (u, el, pa, cit))
    .collect();
    let mut refs = Vec::new();
    if c.rule_sets.is_empty() {
        return Err(file.err(
            ErrorKind::Invalid,
            "a court needs at least one rule set",
            key.span(),
        ));
    }
    if c.calendars.is_empty() {
        return Err(file.err(
            ErrorKind::Invalid,
            "a court needs at least one calendar",
            key.span(),
        ));
    }
    for r in &c.rule_sets {
        refs.push((RefKind::RuleSet, r.get_ref().clone(), r.span()));
    }
    for r in c.calendars.iter().chain(c.forward_only_calendars.iter()) {
        refs.push((RefKind::Calendar, r.get_ref().clone(), r.span()));
    }
    Ok(ParsedCourt {
        def: CourtInfo {
            id: id.into(),
            name: non_empty(file, "name", &c.name)?,
            citation: c
                .citation
                .as_ref()
                .map(|v| non_empty(file, "citation", v))
                .transpose()?,
            rule_sets: c.rule_sets.iter().map(|r| r.get_ref().clone()).collect(),
            calendars: c.calendars.iter().map(|r| r.get_ref().clone()).collect(),
            forward_only: c
                .forward_only_calendars
                .iter()
                .map(|r| r.get_ref().clone())
                .collect(),
            state: c.state.as_ref().map(|s| s.get_ref().clone()),
            tz,
            electronic_end: electronic,
            paper_end: paper,
            filing_history,
            filing_citation: c
                .filing_citation
                .as_ref()
                .map(|v| non_empty(file, "filing_citation", v))
                .transpose()?,
            note: c.note.clone(),
        },
        id_span: key.span(),
        refs,
    })
}

/// Validates a courts file.
pub(super) fn courts(file: &SourceFile, f: CourtsFile) -> Result<Vec<ParsedCourt>> {
    if f.court.len() > MAX_ITEMS_PER_FILE {
        return Err(file.err(
            ErrorKind::Invalid,
            format!(
                "{} courts in one file; at most {MAX_ITEMS_PER_FILE} are accepted",
                f.court.len()
            ),
            0..0,
        ));
    }
    f.court
        .iter()
        .map(|(k, v)| court(file, k, v.get_ref()))
        .collect()
}
