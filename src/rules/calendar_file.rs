//! Calendar files: `[calendar]`, `[[holiday]]` and `[[closure]]` tables →
//! validated definitions → compiled calendars.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use chrono::Weekday;
use toml::Spanned;

use super::limits::{MAX_CLOSURE_DAYS, MAX_CLOSURES_PER_FILE, MAX_HOLIDAYS_PER_FILE};
use super::schema::{CalendarFile, CalendarHeader, ClosureSpec, HolidaySpec};
use super::source::{SourceFile, date, inner_span, non_empty, valid_id, year};
use crate::calendar::expr::{self, Cycle};
use crate::calendar::table::{FIRST_YEAR, LAST_YEAR};
use crate::calendar::{Calendar, CalendarParts, ClosureRule, Coverage, HolidayRule};
use crate::error::{Error, ErrorKind, Result};
use crate::text::suggest;
use crate::vocab::{ClosureKind, Observance};

/// A calendar as written in one file, validated but not yet compiled.
#[derive(Debug, Clone)]
pub(super) struct CalendarDef {
    pub(super) id: String,
    pub(super) id_span: Range<usize>,
    pub(super) file: usize,
    pub(super) name: String,
    pub(super) citation: String,
    pub(super) note: Option<String>,
    pub(super) weekend: Vec<Weekday>,
    pub(super) includes: Vec<(String, Range<usize>)>,
    pub(super) rules: Vec<HolidayRule>,
    pub(super) closures: Vec<ClosureRule>,
    pub(super) coverage: Coverage,
}

pub(super) fn file_of<'a>(files: &'a [SourceFile], def: &CalendarDef) -> Result<&'a SourceFile> {
    files
        .get(def.file)
        .ok_or_else(|| Error::new(ErrorKind::Io, "internal: file index out of range"))
}

/// Every include names a known calendar, and includes form no cycle.
pub(super) fn check_includes(
    files: &[SourceFile],
    defs: &BTreeMap<String, CalendarDef>,
) -> Result<()> {
    for def in defs.values() {
        let file = file_of(files, def)?;
        for (inc, span) in &def.includes {
            if !defs.contains_key(inc) {
                return Err(file.err(
                    ErrorKind::Reference,
                    format!(
                        "unknown calendar {inc:?} in include{}",
                        suggest(inc, defs.keys().map(String::as_str))
                    ),
                    span.clone(),
                ));
            }
        }
    }
    // Iterative depth-first search with colours; bounded by the number of
    // calendars times their includes.
    #[derive(Clone, Copy, PartialEq)]
    enum Colour {
        White,
        Grey,
        Black,
    }
    let mut colour: BTreeMap<&str, Colour> =
        defs.keys().map(|k| (k.as_str(), Colour::White)).collect();
    for root in defs.keys() {
        if colour.get(root.as_str()) != Some(&Colour::White) {
            continue;
        }
        // Stack of (calendar, next include index).
        let mut stack: Vec<(&str, usize)> = vec![(root.as_str(), 0)];
        colour.insert(root.as_str(), Colour::Grey);
        while let Some(&mut (id, ref mut next)) = stack.last_mut() {
            let Some(def) = defs.get(id) else { break };
            if let Some((inc, span)) = def.includes.get(*next) {
                *next += 1;
                match colour.get(inc.as_str()).copied() {
                    Some(Colour::Grey) => {
                        let mut path: Vec<&str> = stack.iter().map(|(c, _)| *c).collect();
                        let start = path.iter().position(|c| *c == inc.as_str()).unwrap_or(0);
                        path.drain(..start);
                        path.push(inc.as_str());
                        let file = file_of(files, def)?;
                        return Err(file.err(
                            ErrorKind::Cycle,
                            format!("include cycle: {}", path.join(" -> ")),
                            span.clone(),
                        ));
                    }
                    Some(Colour::White) => {
                        colour.insert(inc.as_str(), Colour::Grey);
                        stack.push((inc.as_str(), 0));
                    }
                    _ => {}
                }
            } else {
                colour.insert(id, Colour::Black);
                stack.pop();
            }
        }
    }
    Ok(())
}

/// Compiles `def` with everything it includes, transitively, each included
/// calendar once.
pub(super) fn compile(
    files: &[SourceFile],
    defs: &BTreeMap<String, CalendarDef>,
    def: &CalendarDef,
) -> Result<Calendar> {
    let mut order: Vec<&CalendarDef> = vec![def];
    let mut seen: BTreeSet<&str> = BTreeSet::from([def.id.as_str()]);
    let mut i = 0;
    // Breadth-first over includes; terminates because each id enters once.
    while let Some(d) = order.get(i).copied() {
        for (inc, _) in &d.includes {
            if let Some(incd) = defs.get(inc) {
                if seen.insert(incd.id.as_str()) {
                    order.push(incd);
                }
            }
        }
        i += 1;
    }
    let mut weekend = Vec::new();
    let mut rules = Vec::new();
    let mut closures = Vec::new();
    let mut coverage = def.coverage;
    for d in &order {
        weekend.extend(d.weekend.iter().copied());
        rules.extend(d.rules.iter().cloned());
        closures.extend(d.closures.iter().cloned());
        coverage.valid_from = coverage.valid_from.max(d.coverage.valid_from);
        coverage.verified_through = coverage.verified_through.min(d.coverage.verified_through);
    }
    let file = file_of(files, def)?;
    if coverage.valid_from > coverage.verified_through {
        return Err(file.err(
            ErrorKind::Invalid,
            format!(
                "calendar {:?} and the calendars it includes have no date in common between valid_from and verified_through (valid from {}, verified through {})",
                def.id, coverage.valid_from, coverage.verified_through
            ),
            def.id_span.clone(),
        ));
    }
    let includes = order.iter().skip(1).map(|d| d.id.clone()).collect();
    let cal = Calendar::new(CalendarParts {
        id: def.id.clone(),
        name: def.name.clone(),
        citation: def.citation.clone(),
        note: def.note.clone(),
        weekend,
        includes,
        rules,
        closures,
        coverage,
    });
    if file.trusted || cal.compiled().is_ok() {
        return Ok(cal);
    }
    Err({
        file.err(
            ErrorKind::Invalid,
            format!(
                "calendar {:?} has no court day from {FIRST_YEAR} to {LAST_YEAR}: every day is a weekend day, a holiday or a closure",
                def.id
            ),
            def.id_span.clone(),
        )
    })
}

pub(super) fn observance(file: &SourceFile, v: &Spanned<String>) -> Result<Observance> {
    Observance::parse(v.get_ref().trim()).ok_or_else(|| {
        let all: Vec<&str> = Observance::ALL.iter().map(|(_, s)| *s).collect();
        file.err(
            ErrorKind::Invalid,
            format!(
                "unknown observance {:?} (expected one of: {})",
                v.get_ref(),
                all.join(", ")
            ),
            v.span(),
        )
    })
}

pub(super) fn validate(file: &SourceFile, idx: usize, f: CalendarFile) -> Result<CalendarDef> {
    let header_span = f.calendar.span();
    let h = f.calendar.into_inner();
    let id = h.id.get_ref().clone();
    if !valid_id(&id) {
        return Err(file.err(
            ErrorKind::Invalid,
            format!("calendar id {id:?} is not valid (expected lowercase letters, digits and single dashes, such as \"us-ca\")"),
            h.id.span(),
        ));
    }
    if let Some(stem) = file.stem() {
        if stem != id {
            return Err(file.err(
                ErrorKind::Invalid,
                format!("calendar id {id:?} does not match the file name {stem:?}.toml (a calendar lives in <id>.toml)"),
                h.id.span(),
            ));
        }
    }
    let name = non_empty(file, "name", &h.name)?;
    let citation = non_empty(file, "citation", &h.citation)?;
    let weekend = weekend(file, &h)?;
    let default_observed = match &h.observed {
        Some(v) => observance(file, v)?,
        None => Observance::None,
    };
    let valid_from = date(file, "valid_from", &h.valid_from)?;
    let verified_through = date(file, "verified_through", &h.verified_through)?;
    if valid_from > verified_through {
        return Err(file.err(
            ErrorKind::Invalid,
            format!("verified_through ({verified_through}) is before valid_from ({valid_from})"),
            h.verified_through.span(),
        ));
    }
    let includes = includes(file, &id, &h)?;
    if f.holiday.len() > MAX_HOLIDAYS_PER_FILE {
        return Err(file.err(
            ErrorKind::Invalid,
            format!(
                "{} holidays in one file; at most {MAX_HOLIDAYS_PER_FILE} are accepted",
                f.holiday.len()
            ),
            header_span,
        ));
    }
    if f.closure.len() > MAX_CLOSURES_PER_FILE {
        return Err(file.err(
            ErrorKind::Invalid,
            format!(
                "{} closures in one file; at most {MAX_CLOSURES_PER_FILE} are accepted",
                f.closure.len()
            ),
            header_span,
        ));
    }
    let rules = f
        .holiday
        .iter()
        .map(|h| holiday(file, &id, default_observed, h.get_ref()))
        .collect::<Result<Vec<_>>>()?;
    let closures = f
        .closure
        .iter()
        .map(|c| closure(file, &id, c.get_ref()))
        .collect::<Result<Vec<_>>>()?;
    Ok(CalendarDef {
        id,
        id_span: h.id.span(),
        file: idx,
        name,
        citation,
        note: h.note,
        weekend,
        includes,
        rules,
        closures,
        coverage: Coverage {
            valid_from,
            verified_through,
        },
    })
}

/// The `weekend` key: distinct weekdays, not all seven.
fn weekend(file: &SourceFile, h: &CalendarHeader) -> Result<Vec<Weekday>> {
    let mut weekend = Vec::new();
    for w in h.weekend.get_ref() {
        let day = expr::parse_weekday(w.get_ref().trim()).ok_or_else(|| {
            file.err(
                ErrorKind::Invalid,
                format!(
                    "unknown weekday {:?} (expected monday, tuesday, wednesday, thursday, friday, saturday or sunday)",
                    w.get_ref()
                ),
                w.span(),
            )
        })?;
        if weekend.contains(&day) {
            return Err(file.err(
                ErrorKind::Invalid,
                format!("weekday {:?} is listed twice in weekend", w.get_ref()),
                w.span(),
            ));
        }
        weekend.push(day);
    }
    if weekend.len() == 7 {
        return Err(file.err(
            ErrorKind::Invalid,
            "weekend lists all seven days: the court would never be open",
            h.weekend.span(),
        ));
    }
    Ok(weekend)
}

/// The `include` key: other calendars, each once, never this one.
fn includes(
    file: &SourceFile,
    id: &str,
    h: &CalendarHeader,
) -> Result<Vec<(String, Range<usize>)>> {
    let mut includes: Vec<(String, Range<usize>)> = Vec::new();
    for inc in &h.include {
        let v = inc.get_ref().trim().to_owned();
        if v == id {
            return Err(file.err(
                ErrorKind::Cycle,
                format!("include cycle: calendar {id:?} includes itself"),
                inc.span(),
            ));
        }
        if includes.iter().any(|(i, _)| *i == v) {
            return Err(file.err(
                ErrorKind::Duplicate,
                format!("calendar {v:?} is included twice"),
                inc.span(),
            ));
        }
        includes.push((v, inc.span()));
    }
    Ok(includes)
}

pub(super) fn holiday(
    file: &SourceFile,
    cal: &str,
    default: Observance,
    h: &HolidaySpec,
) -> Result<HolidayRule> {
    let name = non_empty(file, "name", &h.name)?;
    let citation = non_empty(file, "citation", &h.citation)?;
    let expr = expr::parse(h.on.get_ref()).map_err(|e| {
        file.err(
            ErrorKind::Invalid,
            e.message,
            inner_span(h.on.span(), e.span, &file.text),
        )
    })?;
    let observed = match &h.observed {
        Some(v) => observance(file, v)?,
        None => default,
    };
    let from = h.from.as_ref().map(|v| year(file, "from", v)).transpose()?;
    let until = h
        .until
        .as_ref()
        .map(|v| year(file, "until", v))
        .transpose()?;
    if let (Some(a), Some(b), Some(u)) = (from, until, h.until.as_ref()) {
        if b < a {
            return Err(file.err(
                ErrorKind::Invalid,
                format!("until ({b}) is before from ({a}): the holiday would never be in force"),
                u.span(),
            ));
        }
    }
    let cycle: Option<Cycle> = h
        .years
        .as_ref()
        .map(|v| {
            expr::parse_cycle(v.get_ref()).map_err(|e| {
                file.err(
                    ErrorKind::Invalid,
                    e.message,
                    inner_span(v.span(), e.span, &file.text),
                )
            })
        })
        .transpose()?;
    let legal_holiday = h.legal_holiday.as_ref().is_none_or(|v| *v.get_ref());
    if h.court_open && !legal_holiday {
        if let Some(v) = &h.legal_holiday {
            return Err(file.err(
                ErrorKind::Invalid,
                "a holiday cannot be both court_open (a legal holiday on which the court stays open) and legal_holiday = false (a closure that is not a legal holiday)",
                v.span(),
            ));
        }
    }
    Ok(HolidayRule {
        name,
        expr,
        observed,
        from,
        until,
        cycle,
        citation,
        court_open: h.court_open,
        legal_holiday,
        note: h.note.clone(),
        calendar: cal.into(),
    })
}

pub(super) fn closure(file: &SourceFile, cal: &str, c: &ClosureSpec) -> Result<ClosureRule> {
    let name = non_empty(file, "name", &c.name)?;
    let citation = non_empty(file, "citation", &c.citation)?;
    let first = date(file, "date", &c.date)?;
    let last = match &c.through {
        Some(t) => {
            let last = date(file, "through", t)?;
            if last < first {
                return Err(file.err(
                    ErrorKind::Invalid,
                    format!("through ({last}) is before date ({first})"),
                    t.span(),
                ));
            }
            if (last - first).num_days() >= MAX_CLOSURE_DAYS {
                return Err(file.err(
                    ErrorKind::Invalid,
                    format!(
                        "closure of {} days is too long (at most {MAX_CLOSURE_DAYS}; split it or check the dates)",
                        (last - first).num_days() + 1
                    ),
                    t.span(),
                ));
            }
            last
        }
        None => first,
    };
    let kind = match &c.kind {
        Some(k) => ClosureKind::parse(k.get_ref().trim()).ok_or_else(|| {
            let all: Vec<&str> = ClosureKind::ALL.iter().map(|(_, s)| *s).collect();
            file.err(
                ErrorKind::Invalid,
                format!(
                    "unknown closure kind {:?} (expected one of: {})",
                    k.get_ref(),
                    all.join(", ")
                ),
                k.span(),
            )
        })?,
        None => ClosureKind::Other,
    };
    Ok(ClosureRule {
        first,
        last,
        name,
        kind,
        citation,
        note: c.note.clone(),
        calendar: cal.into(),
    })
}
