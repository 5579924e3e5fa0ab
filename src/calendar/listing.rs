//! Listings: a calendar's holidays and closures for a year.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{Calendar, table};
use crate::error::{Error, ErrorKind, Result};
use crate::vocab::ClosureKind;

/// One entry of a year's listing: a holiday on the day it is observed, or
/// one day of a one-off closure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Holiday {
    /// The day the court is closed for it (the observed day).
    pub date: NaiveDate,
    /// The holiday's actual date (equal to `date` unless it is observed on
    /// another day; for closures always equal to `date`).
    pub actual: NaiveDate,
    /// The holiday's or closure's name.
    pub name: String,
    /// The authority.
    pub citation: String,
    /// `None` for a recurring holiday; the closure's kind otherwise.
    pub closure_kind: Option<ClosureKind>,
    /// The calendar file that defines it (an included calendar's id when
    /// the entry comes from an `include`).
    pub calendar: String,
    /// A legal holiday on which the court itself stays open (a statutory
    /// commemoration, say): listed so that rules which count "days declared
    /// a holiday" can see it, but the court is not closed.
    pub court_open: bool,
    /// `false` for a holiday on which the courts close but which is not a
    /// legal holiday for computing time (a judiciary's own holiday).
    #[serde(default = "yes")]
    pub legal_holiday: bool,
    /// The note the file gives, if any.
    pub note: Option<String>,
}

fn yes() -> bool {
    true
}

impl Holiday {
    /// Whether the entry is observed on a day other than its actual date.
    pub fn is_observed_elsewhere(&self) -> bool {
        self.date != self.actual
    }
}

impl Calendar {
    /// The holidays observed and the closures in `year`, sorted by date:
    /// for listings and calendar export. A holiday observed in the previous
    /// year (New Year's Day 2022 on Friday, December 31, 2021) is listed in
    /// the year it is observed.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OutOfRange`] if `year` is outside the compiled window.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use court_deadlines::RuleBook;
    /// let book = RuleBook::bundled()?;
    /// let federal = book.calendar("us-federal")?;
    /// let list = federal.holidays(2021)?;
    /// let last = list.last().unwrap();
    /// assert_eq!(last.name, "New Year's Day");
    /// assert_eq!(last.date, NaiveDate::from_ymd_opt(2021, 12, 31).unwrap());
    /// assert_eq!(last.actual, NaiveDate::from_ymd_opt(2022, 1, 1).unwrap());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn holidays(&self, year: i32) -> Result<Vec<Holiday>> {
        if !table::in_window_year(year) {
            let (a, b) = table::window();
            return Err(Error::new(
                ErrorKind::OutOfRange,
                format!(
                    "year {year} is outside the window calendar {} is compiled for ({} to {})",
                    self.parts.id,
                    a.year(),
                    b.year()
                ),
            ));
        }
        let mut out = Vec::new();
        for rule in &self.parts.rules {
            for y in year - 1..=year + 1 {
                if let Some((actual, observed)) = rule.occurrence(y) {
                    if observed.year() == year {
                        out.push(Holiday {
                            date: observed,
                            actual,
                            name: rule.name.to_string(),
                            citation: rule.citation.to_string(),
                            closure_kind: None,
                            calendar: rule.calendar.to_string(),
                            court_open: rule.court_open,
                            legal_holiday: rule.legal_holiday,
                            note: rule.note.clone(),
                        });
                    }
                }
            }
        }
        for c in &self.parts.closures {
            let mut d = c
                .first
                .max(NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(c.first));
            for _ in 0..=366 {
                if d > c.last || d.year() != year {
                    break;
                }
                out.push(Holiday {
                    date: d,
                    actual: d,
                    name: c.name.to_string(),
                    citation: c.citation.to_string(),
                    closure_kind: Some(c.kind),
                    calendar: c.calendar.to_string(),
                    court_open: false,
                    legal_holiday: true,
                    note: c.note.clone(),
                });
                match d.succ_opt() {
                    Some(n) => d = n,
                    None => break,
                }
            }
        }
        out.sort_by(|a, b| (a.date, &a.name).cmp(&(b.date, &b.name)));
        Ok(out)
    }
}
