//! Every sentence the crate shows about a result, derived from the
//! structured data of the output types: a UI that renders the same facts
//! its own way loses nothing.

use std::fmt;

use super::{Deadline, Reason, Schedule, WarningCode};
use crate::text::{long_date, title_weekday};

/// Several reasons a day is closed, as one line: `a; b`.
pub(crate) struct Reasons<'a>(pub(crate) &'a [Reason]);

impl fmt::Display for Reasons<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, r) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{r}")?;
        }
        Ok(())
    }
}

impl fmt::Display for WarningCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Weekend { weekday } => write!(f, "{} (weekend)", title_weekday(*weekday)),
            Reason::Holiday {
                name,
                citation,
                actual,
                date,
                ..
            } => {
                if actual == date {
                    write!(f, "{name}, {citation}")
                } else {
                    write!(
                        f,
                        "{name} (observed; falls on {}), {citation}",
                        long_date(*actual)
                    )
                }
            }
            Reason::DeclaredHoliday {
                name,
                citation,
                actual,
                date,
                ..
            } => observed_with(
                f,
                name,
                *actual,
                *date,
                citation,
                "a legal holiday of the state on which its courts stay open",
            ),
            Reason::Closure { name, citation, .. } => write!(f, "{name}, {citation}"),
            Reason::CallerClosure => f.write_str("closure supplied by the caller"),
            Reason::JudiciaryHoliday {
                name,
                citation,
                actual,
                date,
                ..
            } => observed_with(
                f,
                name,
                *actual,
                *date,
                citation,
                "the courts close, but it is not a legal holiday for computing time",
            ),
        }
    }
}

/// `name (observed; falls on …), citation: what`.
fn observed_with(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    actual: chrono::NaiveDate,
    date: chrono::NaiveDate,
    citation: &str,
    what: &str,
) -> fmt::Result {
    write!(f, "{name}")?;
    if actual != date {
        write!(f, " (observed; falls on {})", long_date(actual))?;
    }
    write!(f, ", {citation}: {what}")
}

impl fmt::Display for Deadline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} — {}", self.rule.name, self.rule.citation)?;
        if let Some(t) = &self.rule.tolls {
            writeln!(
                f,
                "A timely one suspends the time for {} [{}]",
                t.deadline, t.citation
            )?;
        }
        for d in &self.rule.displaces {
            writeln!(
                f,
                "In this court it replaces: {} ({}) — {}",
                d.name, d.deadline, d.citation
            )?;
        }
        writeln!(f, "Court: {} ({})", self.court_name, self.court)?;
        writeln!(f, "Calendars: {}", self.calendars.join(", "))?;
        match self.due_at {
            Some(at) => {
                let local = match self.time_zone.parse::<chrono_tz::Tz>() {
                    Ok(tz) => at.with_timezone(&tz).format("%-I:%M %p %Z").to_string(),
                    Err(_) => at.format("%-I:%M %p (UTC%:z)").to_string(),
                };
                writeln!(f, "Due: {} at {local}", long_date(self.date))?;
            }
            None => writeln!(f, "Due: {}", long_date(self.date))?,
        }
        if self.provisional {
            writeln!(
                f,
                "PROVISIONAL: a part of this deadline could not be computed because its event's date was not given (see the warnings); the date may change"
            )?;
        }
        if self.safe_date != self.date {
            writeln!(
                f,
                "Safe date (earliest reading): {}",
                long_date(self.safe_date)
            )?;
        }
        // Each authority is cited in full once; later lines refer back to
        // the line that cited it.
        let mut cited: Vec<(String, String)> = Vec::new();
        let mut cite = |f: &mut fmt::Formatter<'_>, c: &str, here: String| -> fmt::Result {
            match cited.iter().find(|(x, _)| x == c) {
                Some((_, first)) => write!(f, " [as cited in {first}]"),
                None => {
                    write!(f, " [{c}]")?;
                    cited.push((c.to_owned(), here));
                    Ok(())
                }
            }
        };
        for (i, s) in self.steps.iter().enumerate() {
            write!(f, "  {}. {}", i + 1, s.text)?;
            if let Some(c) = &s.citation {
                cite(f, c, format!("step {}", i + 1))?;
            }
            writeln!(f)?;
            for d in &s.skipped {
                writeln!(f, "       {} — {}", long_date(d.date), Reasons(&d.reasons))?;
            }
        }
        for c in &self.cutoffs {
            write!(f, "Filing closes ({}): {}", c.method, c.text)?;
            if let Some(cit) = &c.citation {
                cite(f, cit, format!("the {} filing line", c.method))?;
            }
            writeln!(f)?;
        }
        if self
            .readings
            .iter()
            .any(|r| r.date != self.date || r.due_at != self.due_at)
        {
            writeln!(f, "Readings:")?;
            for r in &self.readings {
                write!(f, "  - {}: {}", r.name, long_date(r.date))?;
                if let Some(c) = &r.citation {
                    write!(f, " [{c}]")?;
                }
                writeln!(f)?;
            }
        }
        if let Some(n) = &self.rule.note {
            writeln!(f, "Note: {n}")?;
        }
        for w in &self.warnings {
            writeln!(f, "Warning: {}", w.message)?;
        }
        if recalled(self) {
            writeln!(f, "{RECALLED_NOTE}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Schedule {
    /// One line per deadline, by date, with the dates assumed to get there.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} on {} ({})",
            self.event_name,
            long_date(self.date),
            self.court
        )?;
        for e in &self.entries {
            let d = &e.deadline;
            write!(f, "{}  {}", d.date.format("%a %Y-%m-%d"), d.rule.name)?;
            if let Some(id) = &d.rule.deadline {
                write!(f, "  [{}.{id}]", d.rule.rule_set)?;
            }
            if d.provisional {
                write!(f, "  PROVISIONAL")?;
            }
            if *d.court != *self.court {
                write!(f, "  (filed here; counted as {} counts it)", d.court)?;
            }
            if let Some(t) = &d.rule.tolls {
                write!(f, "  (a timely one suspends {})", t.deadline)?;
            }
            for x in &d.rule.displaces {
                write!(f, "  (replaces {})", x.deadline)?;
            }
            writeln!(f)?;
            for a in &e.assumed {
                writeln!(f, "            assumed: {a}")?;
            }
        }
        Ok(())
    }
}

/// What the `RECALLED` marker means, said once wherever it reaches a reader.
pub const RECALLED_NOTE: &str = "RECALLED: wording so marked was recalled by the rule file's author, not read in the official text; check it against the rule before relying on it.";

/// Whether the marker appears in anything the explanation shows.
fn recalled(d: &Deadline) -> bool {
    const M: &str = "RECALLED";
    d.rule.citation.contains(M)
        || d.rule.note.as_deref().is_some_and(|n| n.contains(M))
        || d.rule.version.as_deref().is_some_and(|v| v.contains(M))
        || d.rule.displaces.iter().any(|x| x.citation.contains(M))
        || d.steps
            .iter()
            .any(|s| s.text.contains(M) || s.citation.as_deref().is_some_and(|c| c.contains(M)))
        || d.cutoffs
            .iter()
            .any(|c| c.text.contains(M) || c.citation.as_deref().is_some_and(|x| x.contains(M)))
        || d.readings
            .iter()
            .any(|r| r.citation.as_deref().is_some_and(|c| c.contains(M)))
        || d.warnings.iter().any(|w| w.message.contains(M))
}
