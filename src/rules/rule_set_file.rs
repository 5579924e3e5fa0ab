//! Rule-set files: `[rule_set]`, `[[service]]`, `[[event]]`,
//! `[[deadline]]`, `[[reading]]` and `[[example]]` tables → a validated
//! [`RuleSet`].

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use toml::Spanned;

use super::history::versioned;
use super::limits::MAX_ITEMS_PER_FILE;
use super::model::{
    Combine, Composite, Convention, DeadlineRule, DeadlineVersion, Event, Example, ExampleWhat,
    Reading, RuleSet, ServiceRule, Text, Versioned, When,
};
use super::rule_parts::{convention, deadline_version, local_parts, reading, service, until_date};
use super::schema::{DeadlineSpec, ExampleSpec, ReadingSpec, RuleSetFile, WhenValue};
use super::source::{SourceFile, check_id, date, day_end, did_you_mean, non_empty, period};
use crate::error::{ErrorKind, Result};
use crate::text::suggest;
use crate::vocab::Direction;
use crate::vocab::{SERVICE_METHODS, ServiceMethod};

/// Parses and validates a rule-set file's text.
///
/// A rule set that supplements another (`supplements = "frcp"`) is
/// validated against it: `base` finds the supplemented rule set by id.
pub(crate) fn parse_rule_set(
    file: &SourceFile,
    base: &dyn Fn(&str) -> Result<Arc<RuleSet>>,
) -> Result<RuleSet> {
    // The bundled rules' texts are kept once for the process.
    let _bundled = crate::text::ReadingBundled::new(file.trusted);
    let parsed: RuleSetFile = super::source::typed(file)?;
    let supplemented = match &parsed.rule_set.get_ref().supplements {
        Some(b) => Some(base(b.get_ref()).map_err(|e| {
            file.err(
                ErrorKind::Reference,
                format!(
                    "rule set {:?} supplements {:?}, which could not be loaded: {}",
                    parsed.rule_set.get_ref().id.get_ref(),
                    b.get_ref(),
                    e
                ),
                b.span(),
            )
        })?),
        None => None,
    };
    Ok(rule_set(file, parsed, supplemented.as_deref())?.0)
}

/// Whether a parsed rule-set file supplements another (it is then
/// validated once the rule set it supplements is known).
pub(super) fn is_supplement(f: &RuleSetFile) -> bool {
    f.rule_set.get_ref().supplements.is_some()
}

/// Validates a rule-set file: one function per table.
pub(super) fn rule_set(
    file: &SourceFile,
    f: RuleSetFile,
    base: Option<&RuleSet>,
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
    let counting = match (&h.counting, base) {
        (Some(c), _) => versioned(file, c.get_ref(), c.span(), |c, b, _| {
            convention(file, c, b)
        })?,
        (None, Some(b)) => b.counting.clone(),
        (None, None) => {
            return Err(file.err(
                ErrorKind::Schema,
                "missing table [rule_set.counting] (every rule set states its counting convention, unless it supplements another with `supplements = \"<rule set>\"`)",
                h.id.span(),
            ));
        }
    };
    let (filing_citation, electronic_end) = match (&h.filing, base) {
        (None, Some(b)) => (b.filing_citation.clone(), b.electronic_end),
        (Some(fs), _) => {
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
        (None, None) => (None, None),
    };
    let mut services = services(file, &f)?;
    let mut readings = readings(file, &f.reading, base.map_or(&[][..], |b| &b.readings))?;
    let mut events = events(file, &f)?;
    if let Some(b) = base {
        // Inherited: the supplemented rule set's services (own ones
        // replace them), readings, and events (named "<base>.<event>").
        for (k, v) in &b.services {
            services.entry(k.clone()).or_insert_with(|| v.clone());
        }
        readings.splice(0..0, b.readings.iter().cloned());
        for (k, e) in &b.events {
            let key = format!("{}.{k}", b.id);
            events.insert(
                key.clone(),
                Event {
                    id: key.into(),
                    name: e.name.clone(),
                    citation: e.citation.clone(),
                    expected: None,
                    appeal: None,
                },
            );
        }
    }
    let deadlines = deadlines(file, &f, &counting, &services, &readings, &events, base)?;
    check_event_chains(file, &f, &events, &deadlines)?;
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
            supplements: base.map(|b| b.id.clone()),
            valid_from: date(file, "valid_from", &h.valid_from)?,
            counting,
            filing_citation,
            electronic_end,
            by_method: ServiceMethod::ALL
                .iter()
                .map(|(_, id)| services.get(*id).cloned())
                .collect(),
            services,
            readings,
            events,
            deadlines,
            examples,
        },
        h.id.span(),
    ))
}

/// The `[service.<method>]` tables.
fn services(
    file: &SourceFile,
    f: &RuleSetFile,
) -> Result<BTreeMap<String, Versioned<ServiceRule>>> {
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
        let versions = versioned(file, spec.get_ref(), spec.span(), |s, base, _| {
            service(file, s, base)
        })?;
        services.insert(sid.clone(), versions);
    }
    Ok(services)
}

/// `[[reading]]` tables (a rule set's, or a deadline's, whose ids must not
/// repeat the rule set's `outer` ones).
fn readings(
    file: &SourceFile,
    specs: &[Spanned<ReadingSpec>],
    outer: &[Reading],
) -> Result<Vec<Reading>> {
    let mut out: Vec<Reading> = Vec::new();
    for r in specs {
        let rd = reading(file, r.get_ref())?;
        if out.iter().chain(outer.iter()).any(|x| x.id == rd.id) {
            return Err(file.err(
                ErrorKind::Duplicate,
                format!("reading {:?} is defined twice", rd.id),
                r.get_ref().id.span(),
            ));
        }
        out.push(rd);
    }
    Ok(out)
}

/// The `[event.<id>]` tables.
fn events(file: &SourceFile, f: &RuleSetFile) -> Result<BTreeMap<String, Event>> {
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
                appeal: e
                    .appeal
                    .as_ref()
                    .map(|a| qualified(file, "appeal", a))
                    .transpose()?,
            },
        );
    }
    Ok(events)
}

/// The `[deadline.<id>]` tables: ordinary deadlines first, then the
/// combined ones, whose parts are ordinary deadlines.
fn deadlines(
    file: &SourceFile,
    f: &RuleSetFile,
    counting: &Versioned<Convention>,
    services: &BTreeMap<String, Versioned<ServiceRule>>,
    rule_set_readings: &[Reading],
    events: &BTreeMap<String, Event>,
    base: Option<&RuleSet>,
) -> Result<BTreeMap<String, Arc<DeadlineRule>>> {
    let mut deadlines = BTreeMap::new();
    let mut composites = Vec::new();
    for (key, spec) in &f.deadline {
        let did = check_id(file, "deadline", key)?;
        let d = spec.get_ref();
        if d.earliest_of.is_some() || d.latest_of.is_some() {
            composites.push((key, spec));
            continue;
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
        let versions = versioned(file, d, spec.span(), |e, base, span| {
            let span = if base.is_none() { key.span() } else { span };
            deadline_version(file, e, base, span, services)
        })?;
        let rds = readings(file, &d.reading, rule_set_readings)?;
        check_service_before(file, &did, key.span(), counting, &versions)?;
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
                until_date: until_date(file, d)?,
                versions,
                readings: rds,
                composite: None,
                local: local_parts(file, d, base)?,
            }),
        );
    }
    for (key, spec) in composites {
        let rule = composite(file, key, spec, &deadlines)?;
        deadlines.insert(key.get_ref().clone(), Arc::new(rule));
    }
    Ok(deadlines)
}

/// A deadline counted before its event with a service extension needs a
/// rule set whose extensions lengthen notice periods too.
fn check_service_before(
    file: &SourceFile,
    did: &str,
    span: std::ops::Range<usize>,
    counting: &Versioned<Convention>,
    versions: &Versioned<DeadlineVersion>,
) -> Result<()> {
    let extends_notice = std::iter::once(&counting.current)
        .chain(counting.history.iter().map(|(_, c)| c))
        .any(|c| c.service_before_events);
    let before_with_service = std::iter::once(&versions.current)
        .chain(versions.history.iter().map(|(_, v)| v))
        .any(|v| v.direction == Direction::Before && v.service_extension);
    if before_with_service && !extends_notice {
        return Err(file.err(
            ErrorKind::Invalid,
            format!("deadline {did:?} is counted before its event with service_extension = true, but this rule set's service extensions apply only to periods after service (set service_before_events = true in [rule_set.counting] if its rules lengthen notice periods too)"),
            span,
        ));
    }
    Ok(())
}

/// Events expected on a deadline's date: the deadline exists, and the
/// chains form no cycle.
fn check_event_chains(
    file: &SourceFile,
    f: &RuleSetFile,
    events: &BTreeMap<String, Event>,
    deadlines: &BTreeMap<String, Arc<DeadlineRule>>,
) -> Result<()> {
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
    Ok(())
}

/// A deadline that is the earliest or the latest of other deadlines of the
/// same rule set (which must be ordinary deadlines).
pub(super) fn composite(
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
            "a deadline that combines others (`earliest_of` / `latest_of`) takes only name, citation, from_date, until_date and note: its parts carry their events, periods and histories",
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
        until_date: until_date(file, d)?,
        versions: Versioned {
            current,
            history: Vec::new(),
        },
        readings: Vec::new(),
        composite: Some(Composite { combine, parts }),
        local: local_parts(file, d, None)?,
    })
}

pub(super) fn when(file: &SourceFile, what: &str, v: &Spanned<WhenValue>) -> Result<When> {
    match v.get_ref() {
        WhenValue::Date(d) => Ok(When::Date(*d)),
        WhenValue::DateTime(dt) => Ok(When::DateTime(*dt)),
        WhenValue::Bad(m) => Err(file.err(ErrorKind::Invalid, format!("{what}: {m}"), v.span())),
    }
}

pub(super) fn example(
    file: &SourceFile,
    e: &ExampleSpec,
    whole: std::ops::Range<usize>,
) -> Result<Example> {
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

/// A qualified id of another rule set's item (`"frap.judgment-entered"`):
/// checked for its form here, and where it is used.
fn qualified(file: &SourceFile, key: &str, v: &Spanned<String>) -> Result<Text> {
    match v.get_ref().split_once('.') {
        Some((rs, id)) if !rs.is_empty() && !id.is_empty() && !id.contains('.') => {
            Ok(v.get_ref().as_str().into())
        }
        _ => Err(file.err(
            ErrorKind::Invalid,
            format!(
                "`{key}` names another rule set's item as \"<rule set>.<id>\" (e.g. \"frap.judgment-entered\"), not {:?}",
                v.get_ref()
            ),
            v.span(),
        )),
    }
}
