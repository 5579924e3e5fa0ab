//! Every `[[example]]` in `tests/cases/deadlines/*.toml` runs here: worked
//! examples of the deadline engine, each naming its authoritative source and
//! quoting the line it relies on. The expected date is the source's, never
//! the engine's.
//!
//! The tables use the keys of the rule files' `[[example]]` tables
//! (rules/README.md): `source`, `court`, `deadline` with `trigger`, or
//! `period` with `after` or `before`, and the optional `service`, `as_of`,
//! `closed`, `inaccessible`, `reading` and `note`; `expect` is the date (or
//! local date-time, for hour periods) the source gives. Dates are TOML local
//! dates (`2007-08-22`) and local date-times (`2007-11-02T10:23:00`), as in
//! the rule files. Two keys differ because these files stand outside any rule
//! set:
//!
//! - `name`: the example's name (what was the Rust test's name), to find a
//!   failure by;
//! - `rules`: the rule set whose conventions an ad-hoc `period` is computed
//!   under (given with `period`, and only then); a `deadline` is written
//!   qualified, `"<rule set>.<deadline>"` (e.g. `"frcp.answer"`).
//!
//! Every example is checked with the same code as `common::deadline::check`;
//! every failure is reported (file, line, name, source, the computed
//! explanation) before the test fails.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use court_deadlines::Direction;
use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use crate::common::deadline::{Example, What, When, try_check};

/// The number of examples converted from Rust tests when the format was
/// introduced: the files may grow, never shrink below this.
const AT_LEAST: usize = 114;

/// A cases file: `[[example]]` tables only. Each table is read on its own,
/// so that one bad table does not hide the others.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CasesFile {
    #[serde(default)]
    example: Vec<Spanned<toml::Table>>,
}

/// One `[[example]]` table, as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExampleSpec {
    name: Option<String>,
    source: Option<String>,
    court: Option<String>,
    rules: Option<String>,
    deadline: Option<String>,
    period: Option<String>,
    trigger: Option<Datetime>,
    after: Option<Datetime>,
    before: Option<Datetime>,
    service: Option<String>,
    as_of: Option<Datetime>,
    #[serde(default)]
    closed: Vec<Datetime>,
    #[serde(default)]
    inaccessible: Vec<Datetime>,
    reading: Option<String>,
    expect: Option<Datetime>,
    /// For readers of the file; not used.
    #[allow(dead_code)]
    note: Option<String>,
}

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/deadlines")
}

/// A TOML local date or local date-time (no offset).
fn when(key: &str, dt: &Datetime) -> Result<When, String> {
    let bad = || {
        format!(
            "`{key} = {dt}`: a local date (2007-08-22) or local date-time (2007-11-02T10:23:00) is needed"
        )
    };
    if dt.offset.is_some() {
        return Err(bad());
    }
    let date = dt
        .date
        .and_then(|d| {
            NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
        })
        .ok_or_else(bad)?;
    Ok(match dt.time {
        None => When::Date(date),
        Some(t) => When::DateTime(NaiveDateTime::new(
            date,
            NaiveTime::from_hms_nano_opt(
                u32::from(t.hour),
                u32::from(t.minute),
                u32::from(t.second.unwrap_or(0)),
                t.nanosecond.unwrap_or(0),
            )
            .ok_or_else(bad)?,
        )),
    })
}

/// A TOML local date.
fn date(key: &str, dt: &Datetime) -> Result<NaiveDate, String> {
    match when(key, dt)? {
        When::Date(d) => Ok(d),
        When::DateTime(_) => Err(format!("`{key} = {dt}`: a local date is needed")),
    }
}

/// `r`'s value, or `None` with its problem recorded.
fn take<T>(problems: &mut Vec<String>, r: Result<T, String>) -> Option<T> {
    r.map_err(|p| problems.push(p)).ok()
}

/// A non-blank text, if given.
fn text<'a>(key: &str, v: &'a Option<String>) -> Result<Option<&'a str>, String> {
    match v.as_deref() {
        Some(s) if s.trim().is_empty() => Err(format!("`{key}` is empty")),
        v => Ok(v),
    }
}

/// A required, non-blank text.
fn required<'a>(key: &str, v: &'a Option<String>) -> Result<&'a str, String> {
    text(key, v)?.ok_or_else(|| format!("`{key}` is missing"))
}

/// Checks the table's shape and parses its dates: the example to compute,
/// or every problem found.
fn example(e: &ExampleSpec) -> Result<Example<'_>, Vec<String>> {
    let mut problems = Vec::new();
    let p = &mut problems;
    take(p, required("name", &e.name));
    let source = take(p, required("source", &e.source));
    let court = take(p, required("court", &e.court));
    let service = take(p, text("service", &e.service)).flatten();
    let reading = take(p, text("reading", &e.reading)).flatten();
    take(p, text("note", &e.note));
    let what = match (
        take(p, text("deadline", &e.deadline)).flatten(),
        take(p, text("period", &e.period)).flatten(),
        take(p, text("rules", &e.rules)).flatten(),
    ) {
        (Some(id), None, None) if id.contains('.') => Some(What::Deadline(id)),
        (Some(id), None, None) => take(
            p,
            Err(format!(
                "`deadline = {id:?}`: write it with its rule set, \"<rule set>.<deadline>\""
            )),
        ),
        (None, Some(period), Some(rules)) => Some(What::Period {
            rules,
            period,
            direction: match e.before {
                Some(_) => Direction::Before,
                None => Direction::After,
            },
        }),
        (Some(_), Some(_), _) | (None, None, _) => take(
            p,
            Err("exactly one of `deadline` and `period` is needed".into()),
        ),
        (Some(_), None, Some(_)) => take(
            p,
            Err("`rules` is given only with `period` (a `deadline` names its rule set)".into()),
        ),
        (None, Some(_), None) => take(
            p,
            Err("a `period` needs `rules`: the rule set whose conventions apply".into()),
        ),
    };
    let trigger = match (e.deadline.is_some(), &e.trigger, &e.after, &e.before) {
        (true, Some(t), None, None) => take(p, when("trigger", t)),
        (false, None, Some(t), None) => take(p, when("after", t)),
        (false, None, None, Some(t)) => take(p, when("before", t)),
        (true, ..) => take(
            p,
            Err("a `deadline` is given with `trigger` (not `after` or `before`)".into()),
        ),
        (false, ..) => take(
            p,
            Err("a `period` is given with `after` or `before` (not `trigger`)".into()),
        ),
    };
    let expect = match &e.expect {
        Some(x) => take(p, when("expect", x)),
        None => take(p, Err("`expect` is missing".into())),
    };
    let as_of = match &e.as_of {
        Some(a) => take(p, date("as_of", a)).map(Some),
        None => Some(None),
    };
    let closed = take(p, e.closed.iter().map(|d| date("closed", d)).collect());
    let inaccessible = take(
        p,
        e.inaccessible
            .iter()
            .map(|d| date("inaccessible", d))
            .collect(),
    );
    match (
        source,
        court,
        what,
        trigger,
        expect,
        as_of,
        closed,
        inaccessible,
    ) {
        (
            Some(source),
            Some(court),
            Some(what),
            Some(trigger),
            Some(expect),
            Some(as_of),
            Some(closed),
            Some(inaccessible),
        ) if problems.is_empty() => Ok(Example {
            source,
            court,
            what,
            trigger,
            service,
            as_of,
            closed,
            inaccessible,
            reading,
            expect,
        }),
        _ => Err(problems),
    }
}

#[test]
fn every_worked_example_passes() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(cases_dir())
        .unwrap_or_else(|e| panic!("{}: {e}", cases_dir().display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no tests/cases/deadlines/*.toml");
    let mut failures = Vec::new();
    let mut checked = 0;
    for path in &files {
        let file = format!(
            "tests/cases/deadlines/{}",
            path.file_name().unwrap().to_string_lossy()
        );
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let cases: CasesFile = match toml::from_str(&text) {
            Ok(c) => c,
            Err(e) => {
                failures.push(format!("{file}: {e}"));
                continue;
            }
        };
        if cases.example.is_empty() {
            failures.push(format!("{file}: no [[example]]"));
        }
        for spanned in &cases.example {
            let line = text[..spanned.span().start].matches('\n').count() + 1;
            let table = spanned.get_ref();
            let name = table
                .get("name")
                .and_then(toml::Value::as_str)
                .unwrap_or("(no name)");
            let source = table
                .get("source")
                .and_then(toml::Value::as_str)
                .unwrap_or("(none)");
            checked += 1;
            let outcome = match toml::Value::Table(table.clone()).try_into::<ExampleSpec>() {
                Err(e) => Err(format!("{}\nsource: {source}", e.to_string().trim_end())),
                Ok(e) => match example(&e) {
                    Ok(ex) => try_check(&ex),
                    Err(problems) => Err(format!("{}\nsource: {source}", problems.join("\n"))),
                },
            };
            if let Err(message) = outcome {
                failures.push(format!(
                    "{file}:{line}: {name}\n  {}",
                    message.replace('\n', "\n  ")
                ));
            }
        }
    }
    println!(
        "{checked} worked examples in {} files, {} failed",
        files.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} worked examples fail:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
    assert!(
        checked >= AT_LEAST,
        "only {checked} worked examples, fewer than the {AT_LEAST} converted from the Rust tests"
    );
}
