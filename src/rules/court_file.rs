//! Court files: `[court.<id>]` tables → validated court descriptions whose
//! references are checked when every file is loaded.

use chrono::NaiveDate;

use std::str::FromStr;

use toml::Spanned;

use super::history::sort_history;
use super::limits::MAX_ITEMS_PER_FILE;
use super::model::{CourtInfo, DayEnd, Text};
use super::schema::{CourtSpec, CourtsFile};
use super::source::{SourceFile, check_id, date, day_end, did_you_mean, non_empty};
use crate::error::{ErrorKind, Result};

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
    Court,
}

pub(super) fn court(
    file: &SourceFile,
    key: &Spanned<String>,
    c: &CourtSpec,
) -> Result<ParsedCourt> {
    let id = check_id(file, "court", key)?;
    let tz = time_zone(file, c)?;
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
    let (electronic, paper) = filing(file, c)?;
    let filing_history = filing_history(file, c)?;
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
    if let Some(a) = &c.appeals_to {
        refs.push((RefKind::Court, a.get_ref().clone(), a.span()));
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
            appeals_to: c.appeals_to.as_ref().map(|a| a.get_ref().as_str().into()),
            note: c.note.clone(),
        },
        id_span: key.span(),
        refs,
    })
}

/// The court's time zone (an IANA name).
fn time_zone(file: &SourceFile, c: &CourtSpec) -> Result<chrono_tz::Tz> {
    chrono_tz::Tz::from_str(c.time_zone.get_ref().trim()).map_err(|_| {
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
    })
}

/// The `filing` table: when the day ends for electronic and paper filing.
fn filing(file: &SourceFile, c: &CourtSpec) -> Result<(Option<DayEnd>, Option<DayEnd>)> {
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
    Ok((electronic, paper))
}

/// Earlier filing cut-offs, sorted by the last day each was in force.
#[allow(clippy::type_complexity)]
fn filing_history(
    file: &SourceFile,
    c: &CourtSpec,
) -> Result<Vec<(NaiveDate, Option<DayEnd>, Option<DayEnd>, Text)>> {
    let mut history = Vec::new();
    for h in &c.filing_history {
        let e = h.get_ref();
        history.push((
            date(file, "until", &e.until)?,
            (
                e.electronic
                    .as_ref()
                    .map(|v| day_end(file, v))
                    .transpose()?,
                e.paper.as_ref().map(|v| day_end(file, v)).transpose()?,
                non_empty::<Text>(file, "citation", &e.citation)?,
            ),
            h.span(),
        ));
    }
    Ok(sort_history(file, history)?
        .into_iter()
        .map(|(u, (el, pa, cit))| (u, el, pa, cit))
        .collect())
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
