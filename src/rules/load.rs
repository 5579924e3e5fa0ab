//! Loading rule files: TOML text → schema → validated definitions →
//! compiled calendars. Every check that can fail points at the file, line
//! and column of the offending text.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate, Weekday};
use toml::Spanned;

use super::load_rules::{self, ParsedCourt, RefKind};
use super::model::{CalendarSet, CourtDef, RuleSet};
use super::schema::{CalendarFile, ClosureSpec, CourtsFile, DateValue, HolidaySpec, RuleSetFile};
use crate::calendar::expr::{self, Cycle};
use crate::calendar::table::DayTable;
use crate::calendar::table::{FIRST_YEAR, LAST_YEAR};
use crate::calendar::{Calendar, CalendarParts, ClosureRule, Coverage, HolidayRule};
use crate::error::{Error, ErrorKind, Result};
use crate::text::suggest;
use crate::vocab::{ClosureKind, Observance};

/// The largest rule file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 1 << 20;
/// The most `[[holiday]]` entries one calendar file may have.
pub const MAX_HOLIDAYS_PER_FILE: usize = 1_000;
/// The most `[[closure]]` entries one calendar file may have.
pub const MAX_CLOSURES_PER_FILE: usize = 10_000;
/// The longest one-off closure, in days.
pub const MAX_CLOSURE_DAYS: i64 = 366;
/// The most files one directory may contribute.
pub const MAX_FILES: usize = 10_000;

/// One rule file's name and text.
#[derive(Debug, Clone)]
pub(crate) struct SourceFile {
    pub(crate) name: String,
    pub(crate) text: Cow<'static, str>,
}

impl SourceFile {
    pub(super) fn err(
        &self,
        kind: ErrorKind,
        message: impl Into<String>,
        span: Range<usize>,
    ) -> Error {
        Error::at(kind, message, &self.name, &self.text, span)
    }

    /// `value`, or a schema error saying which key is missing (`what`,
    /// such as "`name` in a service") at `span`.
    pub(super) fn required<T>(
        &self,
        value: Option<T>,
        what: &str,
        span: Range<usize>,
    ) -> Result<T> {
        value.ok_or_else(|| self.err(ErrorKind::Schema, format!("missing key {what}"), span))
    }

    /// The stem of the file name (`us-ca` for `rules/calendars/us-ca.toml`),
    /// if the name ends in `.toml`.
    pub(super) fn stem(&self) -> Option<&str> {
        let base = self.name.rsplit(['/', '\\']).next().unwrap_or(&self.name);
        base.strip_suffix(".toml")
    }
}

/// A calendar as written in one file, validated but not yet compiled.
#[derive(Debug, Clone)]
struct CalendarDef {
    id: String,
    id_span: Range<usize>,
    file: usize,
    name: String,
    citation: String,
    note: Option<String>,
    weekend: Vec<Weekday>,
    includes: Vec<(String, Range<usize>)>,
    rules: Vec<HolidayRule>,
    closures: Vec<ClosureRule>,
    coverage: Coverage,
}

/// Everything loaded: compiled calendars, rule sets, courts, and the merged
/// calendar sets courts count with.
#[derive(Debug, Clone, Default)]
pub(crate) struct Loaded {
    pub(crate) calendars: BTreeMap<String, Arc<Calendar>>,
    pub(crate) rule_sets: BTreeMap<String, Arc<RuleSet>>,
    pub(crate) courts: BTreeMap<String, Arc<CourtDef>>,
}

/// What one file defines.
enum Parsed {
    Calendar(Box<CalendarDef>),
    RuleSet(Box<RuleSet>, Range<usize>),
    Courts(Vec<ParsedCourt>),
}

/// Loads layers of files; a definition in a later layer replaces one with
/// the same id in an earlier layer, and within a layer an id may be
/// defined once.
pub(crate) fn load(layers: Vec<Vec<SourceFile>>) -> Result<Loaded> {
    let mut files: Vec<SourceFile> = Vec::new();
    let mut defs: BTreeMap<String, CalendarDef> = BTreeMap::new();
    let mut rule_sets: BTreeMap<String, RuleSet> = BTreeMap::new();
    let mut courts: BTreeMap<String, (ParsedCourt, usize)> = BTreeMap::new();
    for layer in layers {
        // (kind, id) -> file index, for duplicates within the layer.
        let mut seen: BTreeMap<(&'static str, String), usize> = BTreeMap::new();
        for source in layer {
            let idx = files.len();
            files.push(source);
            let Some(file) = files.last() else { continue };
            let mut claim = |kind: &'static str, id: &str, span: Range<usize>| -> Result<()> {
                if let Some(&first) = seen.get(&(kind, id.to_owned())) {
                    let other = files.get(first).map_or("?", |f| f.name.as_str());
                    return Err(file.err(
                        ErrorKind::Duplicate,
                        format!("{kind} id {id:?} is already defined in {other}"),
                        span,
                    ));
                }
                seen.insert((kind, id.to_owned()), idx);
                Ok(())
            };
            match parse_file(file, idx)? {
                Parsed::Calendar(def) => {
                    claim("calendar", &def.id, def.id_span.clone())?;
                    defs.insert(def.id.clone(), *def);
                }
                Parsed::RuleSet(rs, span) => {
                    claim("rule set", &rs.id, span)?;
                    rule_sets.insert(rs.id.to_string(), *rs);
                }
                Parsed::Courts(list) => {
                    for c in list {
                        claim("court", &c.def.id, c.id_span.clone())?;
                        courts.insert(c.def.id.to_string(), (c, idx));
                    }
                }
            }
        }
    }
    check_includes(&files, &defs)?;
    let mut calendars = BTreeMap::new();
    for def in defs.values() {
        let cal = compile(&files, &defs, def)?;
        calendars.insert(def.id.clone(), Arc::new(cal));
    }
    let rule_sets: BTreeMap<String, Arc<RuleSet>> = rule_sets
        .into_iter()
        .map(|(k, v)| (k, Arc::new(v)))
        .collect();
    let mut sets: Vec<Arc<CalendarSet>> = Vec::new();
    let mut out_courts = BTreeMap::new();
    for (id, (parsed, idx)) in courts {
        let file = files
            .get(idx)
            .ok_or_else(|| Error::new(ErrorKind::Io, "internal: file index out of range"))?;
        for (kind, name, span) in &parsed.refs {
            let known: Vec<&str> = match kind {
                RefKind::RuleSet => rule_sets.keys().map(String::as_str).collect(),
                RefKind::Calendar => calendars.keys().map(String::as_str).collect(),
            };
            if !known.contains(&name.as_str()) {
                let what = match kind {
                    RefKind::RuleSet => "rule set",
                    RefKind::Calendar => "calendar",
                };
                return Err(file.err(
                    ErrorKind::Reference,
                    format!(
                        "unknown {what} {name:?}{}",
                        suggest(name, known.into_iter())
                    ),
                    span.clone(),
                ));
            }
        }
        let info = parsed.def;
        let base_set = calendar_set(&mut sets, &calendars, &info.calendars, &[]);
        let mut all = info.calendars.clone();
        all.extend(info.forward_only.iter().cloned());
        let state_set = calendar_set(&mut sets, &calendars, &all, &info.forward_only);
        // Every reference was checked above, so each rule set resolves.
        let rule_set_defs = info
            .rule_sets
            .iter()
            .filter_map(|r| rule_sets.get(r).cloned())
            .collect();
        out_courts.insert(
            id,
            Arc::new(CourtDef {
                info,
                base_set,
                state_set,
                rule_set_defs,
            }),
        );
    }
    Ok(Loaded {
        calendars,
        rule_sets,
        courts: out_courts,
    })
}

/// The index of the merged set of `ids` in `sets`, adding it if new.
fn calendar_set(
    sets: &mut Vec<Arc<CalendarSet>>,
    calendars: &BTreeMap<String, Arc<Calendar>>,
    ids: &[String],
    state: &[String],
) -> Arc<CalendarSet> {
    let mut key: Vec<String> = ids.to_vec();
    key.sort();
    key.dedup();
    // The same calendars make the same set only if the same ones are the
    // state's (counted as days declared a holiday by the state).
    let mut state_key: Vec<String> = state.to_vec();
    state_key.sort();
    state_key.dedup();
    if let Some(s) = sets
        .iter()
        .find(|s| *s.calendars == *key && *s.state_calendars == *state_key)
    {
        return Arc::clone(s);
    }
    let members: Vec<(bool, &Arc<Calendar>)> = key
        .iter()
        .filter_map(|id| calendars.get(id).map(|c| (state_key.contains(id), c)))
        .collect();
    let resolved: Arc<[(Arc<Calendar>, bool)]> =
        members.iter().map(|(st, c)| (Arc::clone(c), *st)).collect();
    let with_open = |t: &DayTable, c: &Calendar| match &c.open_holiday_days {
        Some(bits) => t.with_closed_mask(bits),
        None => t.clone(),
    };
    // Each member's table under the default and under each reading. A state
    // calendar's legal holidays on which its courts stay open are open days
    // by default (Smith v. State, No. 1:06-CV-800 (W.D. Mich. 2007), counted
    // Lincoln's Birthday, a Michigan holiday with courts open, as a day of a
    // 10-day period); a reading counts them as days declared a holiday by
    // the state (Fed. R. Civ. P. 6(a)(6)(C) read literally); another reading
    // opens the state calendars' closures.
    let any_eo = members.iter().any(|(_, c)| c.eo_open.is_some());
    let any_closures = members
        .iter()
        .any(|(st, c)| *st && c.closures_open.is_some());
    let any_open = members
        .iter()
        .any(|(st, c)| *st && c.open_holiday_days.is_some());
    let (mut table, mut eo, mut closures_open, mut open_days_counted) = (
        None::<DayTable>,
        None::<DayTable>,
        None::<DayTable>,
        None::<DayTable>,
    );
    let fold = |acc: &mut Option<DayTable>, t: DayTable| {
        *acc = Some(match acc.take() {
            None => t,
            Some(a) => a.intersect(&t),
        });
    };
    let mut coverage: Option<Coverage> = None;
    for (is_state, c) in &members {
        if any_eo {
            fold(&mut eo, c.eo_open.as_ref().unwrap_or(&c.table).clone());
        }
        if any_closures {
            let alt = match (is_state, &c.closures_open) {
                (true, Some(t)) => t,
                _ => &c.table,
            };
            fold(&mut closures_open, alt.clone());
        }
        if any_open {
            let counted = if *is_state {
                with_open(&c.table, c)
            } else {
                c.table.clone()
            };
            fold(&mut open_days_counted, counted);
        }
        fold(&mut table, c.table.clone());
        let cov = c.coverage();
        coverage = Some(match coverage {
            None => cov,
            Some(x) => Coverage {
                valid_from: x.valid_from.max(cov.valid_from),
                verified_through: x.verified_through.min(cov.verified_through),
            },
        });
    }
    let fallback = Coverage {
        valid_from: NaiveDate::MIN,
        verified_through: NaiveDate::MIN,
    };
    let set = Arc::new(CalendarSet {
        calendars: key.into(),
        state_calendars: state_key.into(),
        members: resolved,
        table: table.unwrap_or_else(|| DayTable::build(|_| true)),
        eo_open: eo,
        state_closures_open: closures_open,
        state_open_holidays_counted: open_days_counted,
        coverage: coverage.unwrap_or(fallback),
    });
    sets.push(Arc::clone(&set));
    set
}

fn file_of<'a>(files: &'a [SourceFile], def: &CalendarDef) -> Result<&'a SourceFile> {
    files
        .get(def.file)
        .ok_or_else(|| Error::new(ErrorKind::Io, "internal: file index out of range"))
}

/// Every include names a known calendar, and includes form no cycle.
fn check_includes(files: &[SourceFile], defs: &BTreeMap<String, CalendarDef>) -> Result<()> {
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
fn compile(
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
    Calendar::compile(CalendarParts {
        id: def.id.clone(),
        name: def.name.clone(),
        citation: def.citation.clone(),
        note: def.note.clone(),
        weekend,
        includes,
        rules,
        closures,
        coverage,
    })
    .ok_or_else(|| {
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

fn toml_error(file: &SourceFile, kind: ErrorKind, e: &toml::de::Error) -> Error {
    let message = e.message().trim().trim_end_matches('.').to_owned();
    // Speak the vocabulary of rule files, not of serde.
    let message = message
        .strip_prefix("TOML parse error: ")
        .unwrap_or(&message)
        .replace("unknown field", "unknown key")
        .replace("missing field", "missing key")
        .replace(
            "expected a sequence",
            "expected an array such as [\"saturday\", \"sunday\"]",
        );
    file.err(kind, message, e.span().unwrap_or(0..0))
}

/// The kind of a rule file when its table headers name exactly one kind
/// (`[calendar]`, `[rule_set]` or `[court.<id>]` at the start of a line).
/// `None` when they name none or several: the caller then parses the whole
/// file to decide, and to report the error precisely.
fn kind_from_headers(text: &str) -> Option<&'static str> {
    let mut found: Option<&'static str> = None;
    for line in text.lines() {
        let line = line.trim_start();
        let kind = if line.starts_with("[calendar]") {
            "calendar"
        } else if line.starts_with("[rule_set]") || line.starts_with("[rule_set.") {
            "rule_set"
        } else if line.starts_with("[court.") {
            "court"
        } else {
            continue;
        };
        match found {
            None => found = Some(kind),
            Some(k) if k == kind => {}
            Some(_) => return None,
        }
    }
    found
}

/// The file parsed into its schema type. On failure, a generic parse tells
/// a TOML syntax error from a file that is valid TOML but not valid
/// vocabulary (only on the error path, so good files are parsed once).
fn typed<T: serde::de::DeserializeOwned>(file: &SourceFile) -> Result<T> {
    toml::from_str(&file.text).map_err(|e| match toml::from_str::<toml::Table>(&file.text) {
        Err(syntax) => toml_error(file, ErrorKind::Syntax, &syntax),
        Ok(_) => toml_error(file, ErrorKind::Schema, &e),
    })
}

/// Parses and validates one file.
fn parse_file(file: &SourceFile, idx: usize) -> Result<Parsed> {
    if file.text.len() > MAX_FILE_BYTES {
        return Err(Error::in_file(
            ErrorKind::Invalid,
            format!(
                "file is {} bytes; rule files may be at most {MAX_FILE_BYTES} bytes",
                file.text.len()
            ),
            &file.name,
        ));
    }
    // The kind of file, from its table headers when they say it plainly
    // (one parse instead of two); otherwise from a full parse, which also
    // gives the precise error.
    let kinds = ["calendar", "rule_set", "court"];
    let (present, empty): (Vec<&str>, bool) = match kind_from_headers(&file.text) {
        Some(kind) => (vec![kind], false),
        None => {
            let table: toml::Table =
                toml::from_str(&file.text).map_err(|e| toml_error(file, ErrorKind::Syntax, &e))?;
            let present = kinds
                .iter()
                .copied()
                .filter(|k| table.contains_key(*k))
                .collect();
            (present, table.is_empty())
        }
    };
    match present.as_slice() {
        ["calendar"] => {
            let parsed: CalendarFile = typed(file)?;
            Ok(Parsed::Calendar(Box::new(validate(file, idx, parsed)?)))
        }
        ["rule_set"] => {
            let parsed: RuleSetFile = typed(file)?;
            let (rs, span) = load_rules::rule_set(file, parsed)?;
            Ok(Parsed::RuleSet(Box::new(rs), span))
        }
        ["court"] => {
            let parsed: CourtsFile = typed(file)?;
            Ok(Parsed::Courts(load_rules::courts(file, parsed)?))
        }
        [] => {
            let what = if empty {
                "empty rule file"
            } else {
                "unknown kind of rule file"
            };
            Err(Error::in_file(
                ErrorKind::Schema,
                format!(
                    "{what} (expected a calendar file with [calendar], a rule-set file with [rule_set], or a courts file with [court.<id>] tables; see rules/README.md)"
                ),
                &file.name,
            ))
        }
        _ => Err(Error::in_file(
            ErrorKind::Schema,
            format!(
                "one file defines {} (a file is a calendar, a rule set or a courts file: split it)",
                present.join(" and ")
            ),
            &file.name,
        )),
    }
}

pub(super) fn non_empty<T: From<String>>(
    file: &SourceFile,
    what: &str,
    s: &Spanned<String>,
) -> Result<T> {
    let v = s.get_ref().trim();
    if v.is_empty() {
        return Err(file.err(
            ErrorKind::Invalid,
            format!("{what} must not be empty"),
            s.span(),
        ));
    }
    Ok(T::from(v.to_owned()))
}

pub(super) fn date(file: &SourceFile, what: &str, v: &Spanned<DateValue>) -> Result<NaiveDate> {
    match v.get_ref() {
        DateValue::Ok(d) if (FIRST_YEAR..=LAST_YEAR).contains(&d.year()) => Ok(*d),
        DateValue::Ok(d) => Err(file.err(
            ErrorKind::OutOfRange,
            format!("{what} {d} is outside the years calendars are compiled for ({FIRST_YEAR} to {LAST_YEAR})"),
            v.span(),
        )),
        DateValue::Bad(m) => Err(file.err(ErrorKind::Invalid, format!("{what}: {m}"), v.span())),
    }
}

/// The span of a quoted string's content within the file, offset by
/// `inner` (a range within the string's value). Assumes no escapes before
/// the offending text, which holds for every valid expression.
fn inner_span(outer: Range<usize>, inner: Range<usize>, text: &str) -> Range<usize> {
    let quote = text.get(outer.start..).and_then(|t| t.chars().next());
    let base = outer.start + usize::from(matches!(quote, Some('"' | '\'')));
    let start = (base + inner.start).min(outer.end);
    let end = (base + inner.end).clamp(start, outer.end.max(start));
    start..end
}

fn observance(file: &SourceFile, v: &Spanned<String>) -> Result<Observance> {
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

fn year(file: &SourceFile, what: &str, v: &Spanned<i64>) -> Result<i32> {
    i32::try_from(*v.get_ref())
        .ok()
        .filter(|y| (1583..=9999).contains(y))
        .ok_or_else(|| {
            file.err(
                ErrorKind::OutOfRange,
                format!(
                    "{what} must be a year from 1583 to 9999, found {}",
                    v.get_ref()
                ),
                v.span(),
            )
        })
}

pub(super) fn valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn validate(file: &SourceFile, idx: usize, f: CalendarFile) -> Result<CalendarDef> {
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
    let mut includes = Vec::new();
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

fn holiday(
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
    Ok(HolidayRule {
        name,
        expr,
        observed,
        from,
        until,
        cycle,
        citation,
        court_open: h.court_open,
        note: h.note.clone(),
        calendar: cal.to_owned(),
    })
}

fn closure(file: &SourceFile, cal: &str, c: &ClosureSpec) -> Result<ClosureRule> {
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
        calendar: cal.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_and_year_of_window() {
        assert!(valid_id("us-federal-dc"));
        assert!(!valid_id("US"));
        assert!(!valid_id("-x"));
        assert!(!valid_id(""));
        let _ = Weekday::Mon;
    }
}
