//! A source file and the located checks every file kind shares: each
//! failure names the file, line and column of the offending text.

use std::borrow::Cow;
use std::ops::Range;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate, NaiveTime};
use toml::Spanned;

use super::model::DayEnd;
use super::schema::DateValue;
use crate::calendar::table::{FIRST_YEAR, LAST_YEAR};
use crate::error::{Error, ErrorKind, Result};
use crate::text::suggest;
use crate::vocab::Period;

/// One rule file's name and text.
#[derive(Debug, Clone)]
pub(crate) struct SourceFile {
    pub(crate) name: String,
    pub(crate) text: Cow<'static, str>,
    /// A bundled file (tested with the crate): its calendars' tables are
    /// compiled on first use. A caller's files are compiled when loading, so
    /// that every error in them is reported then.
    pub(crate) trusted: bool,
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

pub(super) fn toml_error(file: &SourceFile, kind: ErrorKind, e: &toml::de::Error) -> Error {
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

/// The file parsed into its schema type. On failure, a generic parse tells
/// a TOML syntax error from a file that is valid TOML but not valid
/// vocabulary (only on the error path, so good files are parsed once).
pub(super) fn typed<T: serde::de::DeserializeOwned>(file: &SourceFile) -> Result<T> {
    toml::from_str(&file.text).map_err(|e| match toml::from_str::<toml::Table>(&file.text) {
        Err(syntax) => toml_error(file, ErrorKind::Syntax, &syntax),
        Ok(_) => toml_error(file, ErrorKind::Schema, &e),
    })
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
pub(super) fn inner_span(outer: Range<usize>, inner: Range<usize>, text: &str) -> Range<usize> {
    let quote = text.get(outer.start..).and_then(|t| t.chars().next());
    let base = outer.start + usize::from(matches!(quote, Some('"' | '\'')));
    let start = (base + inner.start).min(outer.end);
    let end = (base + inner.end).clamp(start, outer.end.max(start));
    start..end
}

pub(super) fn year(file: &SourceFile, what: &str, v: &Spanned<i64>) -> Result<i32> {
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

pub(super) fn check_id(file: &SourceFile, what: &str, v: &Spanned<String>) -> Result<String> {
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

pub(super) fn opt_choice<T>(
    v: Option<&Spanned<String>>,
    f: impl Fn(&Spanned<String>) -> Result<T>,
) -> Result<Option<T>> {
    v.map(f).transpose()
}

/// `" (did you mean \"x\"?)"` when a known name is close, else nothing.
pub(super) fn did_you_mean<'a>(wanted: &str, known: impl Iterator<Item = &'a str>) -> String {
    let s = suggest(wanted, known);
    if s.starts_with(" (did you mean") {
        s
    } else {
        String::new()
    }
}

/// Parses a period in a rule file; `allow_zero` for service extensions.
pub(super) fn period(file: &SourceFile, v: &Spanned<String>, allow_zero: bool) -> Result<Period> {
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

pub(super) fn day_end(file: &SourceFile, v: &Spanned<String>) -> Result<DayEnd> {
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

pub(super) use choice;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(valid_id("us-federal-dc"));
        assert!(!valid_id("US"));
        assert!(!valid_id("-x"));
        assert!(!valid_id(""));
    }
}
