//! Versions in force by date: the one parser of `history` entries that
//! counting conventions, service rules and deadlines share.

use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;

use super::limits::MAX_HISTORY;
use super::model::Versioned;
use super::schema::{CountingSpec, DateValue, DeadlineSpec, ServiceSpec};
use super::source::{SourceFile, date};
use crate::error::{ErrorKind, Result};

fn until(
    file: &SourceFile,
    what: &str,
    v: Option<&Spanned<DateValue>>,
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
pub(super) fn sort_history<T>(
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

/// A table that has a current version and `history` entries: a counting
/// convention, a service rule, a deadline.
pub(super) trait Historied: Sized {
    /// The table's name in error messages ("counting", "service", …).
    const WHAT: &'static str;
    /// The entry's `until`.
    fn until(&self) -> Option<&Spanned<DateValue>>;
    /// The entry's own history (empty in a valid history entry).
    fn history(&self) -> &[Spanned<Self>];
    /// Why this history entry is refused, if it sets a key a version may
    /// not change (a deadline's event, say).
    fn refused_in_history(&self) -> Option<&'static str> {
        None
    }
}

/// The current version and its history, with the same checks for every
/// table: `until` is refused on the current version and required in each
/// entry; an entry has no history of its own and changes only what a
/// version may change; at most [`MAX_HISTORY`] entries, no two ending on
/// the same day. `parse` reads one version (`None` for the current one,
/// which entries inherit from).
pub(super) fn versioned<S: Historied, T>(
    file: &SourceFile,
    spec: &S,
    span: Range<usize>,
    mut parse: impl FnMut(&S, Option<&T>, Range<usize>) -> Result<T>,
) -> Result<Versioned<T>> {
    if spec.until().is_some() {
        return Err(file.err(
            ErrorKind::Invalid,
            "`until` belongs in a history entry",
            span,
        ));
    }
    let current = parse(spec, None, span)?;
    let mut hist = Vec::new();
    for entry in spec.history() {
        let e = entry.get_ref();
        if !e.history().is_empty() {
            return Err(file.err(
                ErrorKind::Invalid,
                "a history entry cannot have its own history",
                entry.span(),
            ));
        }
        if let Some(why) = e.refused_in_history() {
            return Err(file.err(ErrorKind::Invalid, why, entry.span()));
        }
        let u = until(file, S::WHAT, e.until(), entry.span())?;
        hist.push((u, parse(e, Some(&current), entry.span())?, entry.span()));
    }
    Ok(Versioned {
        current,
        history: sort_history(file, hist)?,
    })
}

impl Historied for CountingSpec {
    const WHAT: &'static str = "counting";

    fn until(&self) -> Option<&Spanned<DateValue>> {
        self.until.as_ref()
    }

    fn history(&self) -> &[Spanned<Self>] {
        &self.history
    }
}

impl Historied for ServiceSpec {
    const WHAT: &'static str = "service";

    fn until(&self) -> Option<&Spanned<DateValue>> {
        self.until.as_ref()
    }

    fn history(&self) -> &[Spanned<Self>] {
        &self.history
    }
}

impl Historied for DeadlineSpec {
    const WHAT: &'static str = "deadline";

    fn until(&self) -> Option<&Spanned<DateValue>> {
        self.until.as_ref()
    }

    fn history(&self) -> &[Spanned<Self>] {
        &self.history
    }

    fn refused_in_history(&self) -> Option<&'static str> {
        (self.from.is_some()
            || !self.reading.is_empty()
            || self.from_date.is_some()
            || self.until_date.is_some())
        .then_some(
            "a deadline's history entry may change its name, citation, period, direction, service_extension, services, roll, month_end, adjust, cutoff, kind or calendar_days, not its event, from_date, until_date, readings or history",
        )
    }
}
