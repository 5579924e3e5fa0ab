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

/// A patch to a court an earlier layer defines (`extends = true`): what it
/// adds, with the spans its references need for errors.
pub(super) struct ParsedPatch {
    pub(super) id: String,
    pub(super) id_span: std::ops::Range<usize>,
    pub(super) add_rule_sets: Vec<String>,
    pub(super) add_calendars: Vec<String>,
    pub(super) add_forward_only: Vec<String>,
    pub(super) note: Option<String>,
    pub(super) refs: Vec<(RefKind, String, std::ops::Range<usize>)>,
}

/// One `[court.<id>]` table: a court, or a patch to one.
pub(super) enum CourtEntry {
    Court(ParsedCourt),
    Patch(ParsedPatch),
}

/// What a court refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RefKind {
    RuleSet,
    Calendar,
    Court,
}

/// A patch (`extends = true`): only the `add_*` keys and `note`.
fn patch(file: &SourceFile, key: &Spanned<String>, c: &CourtSpec) -> Result<ParsedPatch> {
    let id = check_id(file, "court", key)?;
    let refused = [
        ("name", c.name.is_some()),
        ("citation", c.citation.is_some()),
        ("rule_sets", c.rule_sets.is_some()),
        ("calendars", c.calendars.is_some()),
        (
            "forward_only_calendars",
            !c.forward_only_calendars.is_empty(),
        ),
        ("state", c.state.is_some()),
        ("time_zone", c.time_zone.is_some()),
        ("filing", c.filing.is_some()),
        ("filing_citation", c.filing_citation.is_some()),
        ("filing_history", !c.filing_history.is_empty()),
        ("appeals_to", c.appeals_to.is_some()),
        ("aliases", !c.aliases.is_empty()),
    ];
    if let Some((k, _)) = refused.iter().find(|(_, present)| *present) {
        return Err(file.err(
            ErrorKind::Schema,
            format!("a court patch (`extends = true`) takes add_rule_sets, add_calendars, add_forward_only_calendars and note, not `{k}`: to change {k}, define the court in full (without `extends`)"),
            key.span(),
        ));
    }
    let mut refs = Vec::new();
    let mut list = |v: &Option<Spanned<Vec<Spanned<String>>>>, kind: RefKind| -> Vec<String> {
        v.iter()
            .flat_map(|l| l.get_ref().iter())
            .map(|r| {
                refs.push((kind, r.get_ref().clone(), r.span()));
                r.get_ref().clone()
            })
            .collect()
    };
    let add_rule_sets = list(&c.add_rule_sets, RefKind::RuleSet);
    let add_calendars = list(&c.add_calendars, RefKind::Calendar);
    let add_forward_only = list(&c.add_forward_only_calendars, RefKind::Calendar);
    if add_rule_sets.is_empty() && add_calendars.is_empty() && add_forward_only.is_empty() {
        return Err(file.err(
            ErrorKind::Invalid,
            "a court patch (`extends = true`) adds at least one rule set or calendar (add_rule_sets, add_calendars, add_forward_only_calendars)",
            key.span(),
        ));
    }
    Ok(ParsedPatch {
        id,
        id_span: key.span(),
        add_rule_sets,
        add_calendars,
        add_forward_only,
        note: c.note.clone(),
        refs,
    })
}

/// A required key of a full court definition.
fn required<'c, T>(
    file: &SourceFile,
    key: &Spanned<String>,
    name: &str,
    v: &'c Option<T>,
) -> Result<&'c T> {
    v.as_ref().ok_or_else(|| {
        file.err(
            ErrorKind::Schema,
            format!("missing key `{name}` (or `extends = true` with add_rule_sets / add_calendars to add to a court an earlier layer defines)"),
            key.span(),
        )
    })
}

pub(super) fn court(file: &SourceFile, key: &Spanned<String>, c: &CourtSpec) -> Result<CourtEntry> {
    match &c.extends {
        Some(e) if *e.get_ref() => return Ok(CourtEntry::Patch(patch(file, key, c)?)),
        _ => {}
    }
    for (k, present) in [
        ("add_rule_sets", c.add_rule_sets.is_some()),
        ("add_calendars", c.add_calendars.is_some()),
        (
            "add_forward_only_calendars",
            c.add_forward_only_calendars.is_some(),
        ),
    ] {
        if present {
            return Err(file.err(
                ErrorKind::Schema,
                format!("`{k}` is for a court patch: set `extends = true` to add to a court an earlier layer defines, or list everything in `rule_sets` / `calendars`"),
                key.span(),
            ));
        }
    }
    let id = check_id(file, "court", key)?;
    let name = required(file, key, "name", &c.name)?;
    let rule_sets = required(file, key, "rule_sets", &c.rule_sets)?;
    let calendars = required(file, key, "calendars", &c.calendars)?;
    let tz = time_zone(file, required(file, key, "time_zone", &c.time_zone)?)?;
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
    if rule_sets.is_empty() {
        return Err(file.err(
            ErrorKind::Invalid,
            "a court needs at least one rule set",
            key.span(),
        ));
    }
    if calendars.is_empty() {
        return Err(file.err(
            ErrorKind::Invalid,
            "a court needs at least one calendar",
            key.span(),
        ));
    }
    for r in rule_sets {
        refs.push((RefKind::RuleSet, r.get_ref().clone(), r.span()));
    }
    for r in calendars.iter().chain(c.forward_only_calendars.iter()) {
        refs.push((RefKind::Calendar, r.get_ref().clone(), r.span()));
    }
    if let Some(a) = &c.appeals_to {
        refs.push((RefKind::Court, a.get_ref().clone(), a.span()));
    }
    Ok(CourtEntry::Court(ParsedCourt {
        def: CourtInfo {
            id: id.into(),
            name: non_empty(file, "name", name)?,
            citation: c
                .citation
                .as_ref()
                .map(|v| non_empty(file, "citation", v))
                .transpose()?,
            rule_sets: rule_sets.iter().map(|r| r.get_ref().clone()).collect(),
            calendars: calendars.iter().map(|r| r.get_ref().clone()).collect(),
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
            aliases: c.aliases.iter().map(|a| a.get_ref().clone()).collect(),
            note: c.note.clone(),
        },
        id_span: key.span(),
        refs,
    }))
}

/// The court's time zone (an IANA name).
fn time_zone(file: &SourceFile, tz: &Spanned<String>) -> Result<chrono_tz::Tz> {
    chrono_tz::Tz::from_str(tz.get_ref().trim()).map_err(|_| {
        file.err(
            ErrorKind::Invalid,
            format!(
                "unknown time zone {:?}{} (expected an IANA name such as \"America/New_York\")",
                tz.get_ref(),
                did_you_mean(
                    tz.get_ref(),
                    chrono_tz::TZ_VARIANTS.iter().map(|z| z.name())
                )
            ),
            tz.span(),
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
pub(super) fn courts(file: &SourceFile, f: CourtsFile) -> Result<Vec<CourtEntry>> {
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
