//! Court calendars: which days a court is closed, and why.
//!
//! A [`Calendar`] is built once, when a [`RuleBook`](crate::RuleBook) is
//! loaded: its holiday rules are evaluated for every year of the compiled
//! window (1900–2200) into a day table, so that every query afterwards is a
//! bit test or a rank/select over popcounts. Queries outside the window are
//! errors, never guesses.

mod compile;
pub(crate) mod expr;
mod listing;
pub(crate) mod reasons;
pub(crate) mod table;

pub(crate) use compile::{CalendarParts, ClosureRule, Compiled, HolidayRule, or_into};
pub use listing::Holiday;

use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};
use crate::explain::Reason;
use table::DayTable;

/// The span of dates over which a calendar's data is known to be complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coverage {
    /// The date from which the calendar's holiday rules (with their history)
    /// are complete.
    pub valid_from: NaiveDate,
    /// The date through which one-off closures are known.
    pub verified_through: NaiveDate,
}

impl Coverage {
    /// Whether `date` lies within the coverage.
    pub fn contains(&self, date: NaiveDate) -> bool {
        (self.valid_from..=self.verified_through).contains(&date)
    }
}

/// A compiled court calendar.
///
/// Get one from a [`RuleBook`](crate::RuleBook). Every query answers for
/// dates in the compiled window (1900-01-01 to 2200-12-31) and returns an
/// [`ErrorKind::OutOfRange`] error outside it.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use court_deadlines::RuleBook;
///
/// let book = RuleBook::bundled()?;
/// let federal = book.calendar("us-federal")?;
/// let christmas = NaiveDate::from_ymd_opt(2025, 12, 25).unwrap();
/// assert!(!federal.is_court_day(christmas)?);
/// let why = federal.why_closed(christmas)?;
/// assert_eq!(why[0].to_string(), "Christmas Day, 5 U.S.C. § 6103(a)");
/// // The first court day after Christmas 2025 (Friday, December 26, 2025
/// // was closed by Executive Order 14371) is Monday, December 29.
/// assert_eq!(federal.next_court_day(christmas)?, NaiveDate::from_ymd_opt(2025, 12, 29).unwrap());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Calendar {
    parts: CalendarParts,
    /// The tables, compiled on first use (`None`: no day in the window is
    /// a court day).
    compiled: OnceLock<Option<Compiled>>,
}

impl Calendar {
    /// The calendar's id (`us-federal`).
    pub fn id(&self) -> &str {
        &self.parts.id
    }

    /// The calendar's name.
    pub fn name(&self) -> &str {
        &self.parts.name
    }

    /// The authority for the calendar as a whole.
    pub fn citation(&self) -> &str {
        &self.parts.citation
    }

    /// The file's note, if any.
    pub fn note(&self) -> Option<&str> {
        self.parts.note.as_deref()
    }

    /// The weekend days (including those of included calendars), Monday first.
    pub fn weekend(&self) -> &[Weekday] {
        &self.parts.weekend
    }

    /// The ids of the calendars this one includes, directly or through
    /// other includes.
    pub fn includes(&self) -> &[String] {
        &self.parts.includes
    }

    /// The span over which this calendar's data is known to be complete.
    /// A date outside it is still answered, from the rules as written; the
    /// deadline engine attaches a warning to results that depend on it.
    pub fn coverage(&self) -> Coverage {
        self.parts.coverage
    }

    /// The first and last day of the compiled window.
    pub fn window(&self) -> (NaiveDate, NaiveDate) {
        table::window()
    }

    /// Heap memory used by the compiled day table, in bytes (compiling it if
    /// it has not been yet; 0 if it cannot be).
    pub fn table_bytes(&self) -> usize {
        self.compiled().map_or(0, |c| c.table.heap_bytes())
    }

    /// The compiled tables, built on first use.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Invalid`] if no day in the window is a court day (the
    /// loader refuses such a calendar from a caller's files when loading).
    #[inline]
    pub(crate) fn compiled(&self) -> Result<&Compiled> {
        self.compiled
            .get_or_init(|| Compiled::build(&self.parts))
            .as_ref()
            .ok_or_else(|| self.no_court_day())
    }

    #[cold]
    fn no_court_day(&self) -> Error {
        Error::new(
            ErrorKind::Invalid,
            format!(
                "calendar {} has no court day in its window (every day is a weekend day, a holiday or a closure)",
                self.parts.id
            ),
        )
    }

    #[inline]
    fn index(&self, date: NaiveDate) -> Result<u32> {
        DayTable::index_of(date).ok_or_else(|| self.out_of_window(date))
    }

    #[cold]
    fn out_of_window(&self, date: NaiveDate) -> Error {
        let (a, b) = table::window();
        Error::new(
            ErrorKind::OutOfRange,
            format!(
                "{date} is outside the window calendar {} is compiled for ({a} to {b})",
                self.parts.id
            ),
        )
    }

    #[cold]
    fn beyond(&self, what: String) -> Error {
        let (a, b) = table::window();
        Error::new(
            ErrorKind::OutOfRange,
            format!(
                "{what} lies outside the window calendar {} is compiled for ({a} to {b})",
                self.parts.id
            ),
        )
    }

    /// The date at index `j`, reached from `d` at index `i`.
    #[inline]
    fn date_at(&self, d: NaiveDate, i: u32, j: u32) -> Result<NaiveDate> {
        let compiled = self.compiled()?;
        compiled
            .table
            .date_from(d, i, j)
            .ok_or_else(|| Error::new(ErrorKind::OutOfRange, "day index outside the window"))
    }

    /// Whether the court is open on `date`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OutOfRange`] outside the compiled window.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use court_deadlines::RuleBook;
    /// let book = RuleBook::bundled()?;
    /// let ca = book.calendar("us-ca")?;
    /// // Cesar Chavez Day is a California judicial holiday.
    /// assert!(!ca.is_court_day(NaiveDate::from_ymd_opt(2026, 3, 31).unwrap())?);
    /// assert!(ca.is_court_day(NaiveDate::from_ymd_opt(2026, 4, 1).unwrap())?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn is_court_day(&self, date: NaiveDate) -> Result<bool> {
        let compiled = self.compiled()?;
        Ok(compiled.table.is_open(self.index(date)?))
    }

    /// Every reason the court is closed on `date`; empty if it is open.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OutOfRange`] outside the compiled window.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use court_deadlines::{Reason, RuleBook};
    /// let book = RuleBook::bundled()?;
    /// let federal = book.calendar("us-federal")?;
    /// // Independence Day 2026 falls on a Saturday and is observed Friday, July 3.
    /// let why = federal.why_closed(NaiveDate::from_ymd_opt(2026, 7, 3).unwrap())?;
    /// assert_eq!(
    ///     why[0].to_string(),
    ///     "Independence Day (observed; falls on Saturday, July 4, 2026), 5 U.S.C. § 6103(a)"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn why_closed(&self, date: NaiveDate) -> Result<Vec<Reason>> {
        let compiled = self.compiled()?;
        let i = self.index(date)?;
        if compiled.table.is_open(i) {
            return Ok(Vec::new());
        }
        let mut reasons = Vec::new();
        if self.parts.weekend.contains(&date.weekday()) {
            reasons.push(Reason::Weekend {
                weekday: date.weekday(),
            });
        }
        let is_holiday = usize::try_from(i).is_ok_and(|i| {
            compiled
                .holiday_days
                .get(i / 64)
                .is_some_and(|w| w & (1 << (i % 64)) != 0)
        });
        for (_, rule) in self
            .parts
            .rules
            .iter()
            .enumerate()
            .filter(|(k, r)| is_holiday && !r.court_open && compiled.may_fall_in(*k, date))
        {
            for year in rule.years_near(date) {
                if let Some((actual, observed)) = rule.occurrence(year) {
                    if observed == date {
                        let (name, citation, calendar) = (
                            rule.name.clone(),
                            rule.citation.clone(),
                            rule.calendar.clone(),
                        );
                        reasons.push(if rule.legal_holiday {
                            Reason::Holiday {
                                name,
                                citation,
                                date,
                                actual,
                                calendar,
                            }
                        } else {
                            Reason::JudiciaryHoliday {
                                name,
                                citation,
                                date,
                                actual,
                                calendar,
                            }
                        });
                    }
                }
            }
        }
        for c in self.closures_on(date) {
            reasons.push(Reason::Closure {
                name: c.name.clone(),
                citation: c.citation.clone(),
                closure_kind: c.kind,
                calendar: c.calendar.clone(),
            });
        }
        Ok(reasons)
    }

    /// The legal holidays observed on `date` on which the court stays open
    /// (`court_open` in the calendar file): days a federal court counts as
    /// "declared a holiday by the state" although the state's courts sit.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OutOfRange`] outside the compiled window.
    pub fn declared_open_holidays(&self, date: NaiveDate) -> Result<Vec<Reason>> {
        let compiled = self.compiled()?;
        let i = self.index(date)?;
        let Some(bits) = &compiled.open_holiday_days else {
            return Ok(Vec::new());
        };
        let set = usize::try_from(i)
            .is_ok_and(|i| bits.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0));
        let mut out = Vec::new();
        for (_, rule) in self
            .parts
            .rules
            .iter()
            .enumerate()
            .filter(|(k, r)| set && r.court_open && compiled.may_fall_in(*k, date))
        {
            for year in rule.years_near(date) {
                if let Some((actual, observed)) = rule.occurrence(year) {
                    if observed == date {
                        out.push(Reason::DeclaredHoliday {
                            name: rule.name.clone(),
                            citation: rule.citation.clone(),
                            date,
                            actual,
                            calendar: rule.calendar.clone(),
                        });
                    }
                }
            }
        }
        Ok(out)
    }

    fn closures_on(&self, date: NaiveDate) -> impl Iterator<Item = &ClosureRule> {
        // Closures are sorted by first day and last at most 367 days.
        let lo = date.checked_sub_days(Days::new(367)).unwrap_or(date);
        let start = self.parts.closures.partition_point(|c| c.first < lo);
        self.parts
            .closures
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(move |c| c.first <= date)
            .filter(move |c| c.last >= date)
    }

    /// The first court day strictly after `date` (whatever `date` is).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OutOfRange`] if `date` or the answer is outside the window.
    pub fn next_court_day(&self, date: NaiveDate) -> Result<NaiveDate> {
        let i = self.index(date)?;
        let j = self
            .compiled()?
            .table
            .next_open(i)
            .ok_or_else(|| self.beyond(format!("the first court day after {date}")))?;
        self.date_at(date, i, j)
    }

    /// The last court day strictly before `date`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OutOfRange`] if `date` or the answer is outside the window.
    pub fn previous_court_day(&self, date: NaiveDate) -> Result<NaiveDate> {
        let i = self.index(date)?;
        let j = self
            .compiled()?
            .table
            .prev_open(i)
            .ok_or_else(|| self.beyond(format!("the last court day before {date}")))?;
        self.date_at(date, i, j)
    }

    /// `date` if it is a court day, otherwise the first court day after it
    /// (the forward roll of Fed. R. Civ. P. 6(a)(1)(C)).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OutOfRange`] if `date` or the answer is outside the window.
    pub fn court_day_on_or_after(&self, date: NaiveDate) -> Result<NaiveDate> {
        if self.is_court_day(date)? {
            Ok(date)
        } else {
            self.next_court_day(date)
        }
    }

    /// `date` if it is a court day, otherwise the last court day before it
    /// (the backward roll of Fed. R. Civ. P. 6(a)(5) for periods measured
    /// before an event).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OutOfRange`] if `date` or the answer is outside the window.
    pub fn court_day_on_or_before(&self, date: NaiveDate) -> Result<NaiveDate> {
        if self.is_court_day(date)? {
            Ok(date)
        } else {
            self.previous_court_day(date)
        }
    }

    /// The `n`-th court day strictly after `date`; `date` itself never
    /// counts, whatever it is. Constant time in `n`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Argument`] if `n` is 0; [`ErrorKind::OutOfRange`] if
    /// `date` or the answer is outside the window.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use court_deadlines::RuleBook;
    /// let book = RuleBook::bundled()?;
    /// let federal = book.calendar("us-federal")?;
    /// let friday = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    /// // Mon 23, Tue 24, Wed 25; Thanksgiving (26) is skipped; Fri 27 is the 4th.
    /// assert_eq!(federal.nth_court_day_after(friday, 4)?, NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn nth_court_day_after(&self, date: NaiveDate, n: u32) -> Result<NaiveDate> {
        if n == 0 {
            return Err(zeroth());
        }
        let i = self.index(date)?;
        let table = &self.compiled()?.table;
        table
            .nth_after(i, n)
            .and_then(|j| table.date_from(date, i, j))
            .ok_or_else(|| self.beyond(format!("court day {n} after {date}")))
    }

    /// The `n`-th court day strictly before `date`; `date` itself never
    /// counts. Constant time in `n`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Argument`] if `n` is 0; [`ErrorKind::OutOfRange`] if
    /// `date` or the answer is outside the window.
    ///
    /// # Example
    ///
    /// ```
    /// # use chrono::NaiveDate;
    /// # use court_deadlines::RuleBook;
    /// let book = RuleBook::bundled()?;
    /// let ca = book.calendar("us-ca")?;
    /// // 16 court days before a hearing on Monday, December 7, 2026
    /// // (Cal. Code Civ. Proc. § 1005(b)). Counting back: December 4, 3, 2, 1,
    /// // November 30 (5); Thanksgiving and the day after (November 26–27) are
    /// // judicial holidays; November 25, 24, 23, 20, 19, 18, 17, 16, 13, 12 (15);
    /// // Veterans Day (Wednesday, November 11) is skipped; November 10 is the 16th.
    /// let hearing = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    /// assert_eq!(ca.nth_court_day_before(hearing, 16)?, NaiveDate::from_ymd_opt(2026, 11, 10).unwrap());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub fn nth_court_day_before(&self, date: NaiveDate, n: u32) -> Result<NaiveDate> {
        if n == 0 {
            return Err(zeroth());
        }
        let i = self.index(date)?;
        let table = &self.compiled()?.table;
        table
            .nth_before(i, n)
            .and_then(|j| table.date_from(date, i, j))
            .ok_or_else(|| self.beyond(format!("court day {n} before {date}")))
    }

    /// The number of court days `d` with `from < d <= to` (negative, with
    /// the bounds swapped, when `to` is before `from`). So
    /// `court_days_between(d, nth_court_day_after(d, n)?) == n`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OutOfRange`] if either date is outside the window.
    pub fn court_days_between(&self, from: NaiveDate, to: NaiveDate) -> Result<i64> {
        let compiled = self.compiled()?;
        let a = compiled.table.rank_inclusive(self.index(from)?);
        let b = compiled.table.rank_inclusive(self.index(to)?);
        Ok(i64::from(b) - i64::from(a))
    }
}

fn zeroth() -> Error {
    Error::new(
        ErrorKind::Argument,
        "n must be at least 1 (the 1st court day after a date is the next court day)",
    )
}
