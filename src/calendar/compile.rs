//! Compiling a calendar: its validated parts (holiday rules, one-off
//! closures, weekend) → the day table and the bitsets the queries read.

use std::sync::Arc;

use chrono::{Datelike, NaiveDate, Weekday};

use super::expr::{Cycle, DateExpr};
use super::table::{self, DayTable};
use super::{Calendar, Coverage};
use crate::vocab::{ClosureKind, Observance};

/// A recurring holiday as loaded from a calendar file.
#[derive(Debug, Clone)]
pub(crate) struct HolidayRule {
    pub(crate) name: Arc<str>,
    pub(crate) expr: DateExpr,
    pub(crate) observed: Observance,
    pub(crate) from: Option<i32>,
    pub(crate) until: Option<i32>,
    pub(crate) cycle: Option<Cycle>,
    pub(crate) citation: Arc<str>,
    /// A legal holiday on which the court stays open: listed, never closed.
    pub(crate) court_open: bool,
    pub(crate) note: Option<String>,
    /// The calendar whose file defines it.
    pub(crate) calendar: Arc<str>,
}

impl HolidayRule {
    pub(super) fn in_force(&self, year: i32) -> bool {
        self.from.is_none_or(|f| year >= f)
            && self.until.is_none_or(|u| year <= u)
            && self.cycle.is_none_or(|c| c.contains(year))
    }

    /// The years whose occurrence of this holiday can fall on `date`: its
    /// own, and a neighbour only when `date` lies within the expression's
    /// reach (plus two days of observance) of the boundary.
    pub(super) fn years_near(&self, date: NaiveDate) -> std::ops::RangeInclusive<i32> {
        let reach = self.expr.reach() + 2;
        let y = date.year();
        let from_start = i64::from(date.ordinal0());
        let to_end = i64::from(if date.leap_year() { 365 } else { 364 }) - from_start;
        let lo = if from_start <= reach { y - 1 } else { y };
        let hi = if to_end <= reach { y + 1 } else { y };
        lo..=hi
    }

    /// The actual and observed dates of this holiday for `year`, if it is
    /// in force that year.
    pub(super) fn occurrence(&self, year: i32) -> Option<(NaiveDate, NaiveDate)> {
        if !self.in_force(year) {
            return None;
        }
        let actual = self.expr.eval(year)?;
        Some((actual, self.observed.apply(actual)?))
    }
}

/// A one-off closure as loaded from a calendar file.
#[derive(Debug, Clone)]
pub(crate) struct ClosureRule {
    pub(crate) first: NaiveDate,
    pub(crate) last: NaiveDate,
    pub(crate) name: Arc<str>,
    pub(crate) kind: ClosureKind,
    pub(crate) citation: Arc<str>,
    pub(crate) note: Option<String>,
    pub(crate) calendar: Arc<str>,
}

/// The validated, include-resolved parts a [`Calendar`] is compiled from.
#[derive(Debug, Clone)]
pub(crate) struct CalendarParts {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) citation: String,
    pub(crate) note: Option<String>,
    pub(crate) weekend: Vec<Weekday>,
    pub(crate) includes: Vec<String>,
    pub(crate) rules: Vec<HolidayRule>,
    pub(crate) closures: Vec<ClosureRule>,
    pub(crate) coverage: Coverage,
}

/// A calendar's compiled tables: built from its parts on first use, so that
/// loading many calendars costs only their validation.
#[derive(Debug, Clone)]
pub(crate) struct Compiled {
    pub(crate) table: DayTable,
    /// The table with executive-order closures open, if there are any.
    pub(crate) eo_open: Option<DayTable>,
    /// The table with every closure open (holidays and weekends only), if
    /// the calendar records closures.
    pub(crate) closures_open: Option<DayTable>,
    /// A bit per day of the window, set where a legal holiday on which the
    /// court stays open is observed (`None` if the calendar has none).
    pub(crate) open_holiday_days: Option<Box<[u64]>>,
    /// A bit per day of the window: set where some holiday is observed, so
    /// that explaining a plain weekend never evaluates holiday expressions.
    pub(crate) holiday_days: Box<[u64]>,
}

impl Calendar {
    /// A calendar from its (already validated and include-resolved) parts;
    /// its tables are compiled on first use.
    pub(crate) fn new(parts: CalendarParts) -> Calendar {
        let mut parts = parts;
        parts.weekend.sort_by_key(|w| w.num_days_from_monday());
        parts.weekend.dedup();
        parts
            .closures
            .sort_by(|a, b| (a.first, &a.name).cmp(&(b.first, &b.name)));
        Calendar {
            parts,
            compiled: std::sync::OnceLock::new(),
        }
    }
}

impl Compiled {
    /// Compiles the tables of `parts`. Returns `None` if no day in the
    /// window is a court day.
    pub(crate) fn build(parts: &CalendarParts) -> Option<Compiled> {
        let CalendarParts {
            weekend,
            rules,
            closures,
            ..
        } = parts;
        let first = NaiveDate::from_ymd_opt(table::FIRST_YEAR, 1, 1)?;
        let last = NaiveDate::from_ymd_opt(table::LAST_YEAR, 12, 31)?;
        let len = usize::try_from((last - first).num_days() + 1).ok()?;
        // A bit per day of the window: set where the court is closed.
        let mut closed = vec![0u64; len.div_ceil(64)];
        let mut holiday_days = vec![0u64; len.div_ceil(64)].into_boxed_slice();
        // Legal holidays on which the court stays open: a bit per day, for
        // the courts that count them as days declared a holiday.
        let mut open_bits: Option<Box<[u64]>> = None;
        for rule in rules {
            for year in table::FIRST_YEAR - 1..=table::LAST_YEAR + 1 {
                let Some(i) = rule
                    .occurrence(year)
                    .and_then(|(_, observed)| usize::try_from((observed - first).num_days()).ok())
                    .filter(|&i| i < len)
                else {
                    continue;
                };
                let bits = if rule.court_open {
                    open_bits.get_or_insert_with(|| vec![0u64; len.div_ceil(64)].into_boxed_slice())
                } else {
                    if let Some(word) = closed.get_mut(i / 64) {
                        *word |= 1 << (i % 64);
                    }
                    &mut holiday_days
                };
                if let Some(word) = bits.get_mut(i / 64) {
                    *word |= 1 << (i % 64);
                }
            }
        }
        let mut weekend_mask = [false; 7];
        for w in weekend {
            if let Some(slot) = weekend_mask.get_mut(w.num_days_from_monday() as usize) {
                *slot = true;
            }
        }
        let build = |closed: &[u64]| DayTable::from_closed(closed, weekend_mask);
        // The table without any closure, for the reading under which a
        // state's court closures are not "days declared a holiday by the
        // state" (Fed. R. Civ. P. 6(a)(6)(C)).
        let closures_open = (!closures.is_empty()).then(|| build(&closed));
        let mark = |closed: &mut Vec<u64>, d: NaiveDate| {
            if let Some(i) = usize::try_from((d - first).num_days())
                .ok()
                .filter(|&i| i < len)
            {
                if let Some(word) = closed.get_mut(i / 64) {
                    *word |= 1 << (i % 64);
                }
            }
        };
        let mut eo_days = Vec::new();
        for c in closures {
            let mut d = c.first;
            // Bounded: the loader limits closures to 366 days.
            for _ in 0..=366 {
                if d > c.last {
                    break;
                }
                if c.kind == ClosureKind::ExecutiveOrder {
                    eo_days.push(d);
                } else {
                    mark(&mut closed, d);
                }
                match d.succ_opt() {
                    Some(n) => d = n,
                    None => break,
                }
            }
        }
        // Executive-order closures are contested as legal holidays
        // (rules/README.md, 'Executive-order closures'): keep a table without them for the reading that
        // treats them as open days.
        let eo_open = if eo_days.is_empty() {
            None
        } else {
            Some(build(&closed))
        };
        for d in eo_days {
            mark(&mut closed, d);
        }
        let table = build(&closed);
        if table.total() == 0 {
            return None;
        }
        Some(Compiled {
            table,
            eo_open,
            closures_open,
            open_holiday_days: open_bits,
            holiday_days,
        })
    }
}
