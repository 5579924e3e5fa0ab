//! Compiling a calendar: its validated parts (holiday rules, one-off
//! closures, weekend) → the day table and the bitsets the queries read.

use chrono::{Datelike, NaiveDate, Weekday};

use super::expr::{Cycle, DateExpr};
use super::table::{self, DayTable};
use super::{Calendar, Coverage};
use crate::text::Text;
use crate::vocab::{ClosureKind, Observance};

/// A recurring holiday as loaded from a calendar file.
#[derive(Debug, Clone)]
pub(crate) struct HolidayRule {
    pub(crate) name: Text,
    pub(crate) expr: DateExpr,
    pub(crate) observed: Observance,
    pub(crate) from: Option<i32>,
    pub(crate) until: Option<i32>,
    pub(crate) cycle: Option<Cycle>,
    pub(crate) citation: Text,
    /// A legal holiday on which the court stays open: listed, never closed.
    pub(crate) court_open: bool,
    /// `false` for a day the court closes that is not a legal holiday for
    /// computing time (a judiciary's own holiday).
    pub(crate) legal_holiday: bool,
    pub(crate) note: Option<String>,
    /// The calendar whose file defines it.
    pub(crate) calendar: Text,
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
    pub(crate) name: Text,
    pub(crate) kind: ClosureKind,
    pub(crate) citation: Text,
    pub(crate) note: Option<String>,
    pub(crate) calendar: Text,
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
///
/// Besides the calendar's own day table, the closed days are kept by class
/// (a bit per day of the window, `None` where the class is empty), so that
/// a court's merged table can be built for any combination of the readings
/// that open or close one class.
#[derive(Debug, Clone)]
pub(crate) struct Compiled {
    /// The court's days as the calendar keeps them: every class closed
    /// except legal holidays on which the court stays open.
    pub(crate) table: DayTable,
    /// The weekend days (Monday first).
    pub(crate) weekend: [bool; 7],
    /// Legal holidays that close the court.
    pub(crate) holidays: Box<[u64]>,
    /// Holidays on which the court closes but which are not legal holidays
    /// for computing time (`legal_holiday = false`).
    pub(crate) non_legal: Option<Box<[u64]>>,
    /// Legal holidays on which the court stays open (`court_open = true`).
    pub(crate) open_holiday_days: Option<Box<[u64]>>,
    /// Executive-order closures.
    pub(crate) eo: Option<Box<[u64]>>,
    /// Every other one-off closure.
    pub(crate) closures: Option<Box<[u64]>>,
    /// A bit per day of the window: set where some holiday that closes the
    /// court is observed, so that explaining a plain weekend never
    /// evaluates holiday expressions.
    pub(crate) holiday_days: Box<[u64]>,
    /// Per holiday rule (in `parts.rules` order): bit `m` set if the rule is
    /// observed in month `m` (0 = January) in some year of the window, so
    /// that explaining a day evaluates only the rules that can fall in its
    /// month.
    pub(crate) rule_months: Box<[u16]>,
}

impl Compiled {
    /// Whether rule number `k` can be observed in the month of `date`.
    #[inline]
    pub(crate) fn may_fall_in(&self, k: usize, date: NaiveDate) -> bool {
        self.rule_months
            .get(k)
            .is_none_or(|m| m & (1 << date.month0()) != 0)
    }
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
        let words = len.div_ceil(64);
        let index = |d: NaiveDate| {
            usize::try_from((d - first).num_days())
                .ok()
                .filter(|&i| i < len)
        };
        let set = |bits: &mut [u64], i: usize| {
            if let Some(word) = bits.get_mut(i / 64) {
                *word |= 1 << (i % 64);
            }
        };
        let mut holidays = vec![0u64; words].into_boxed_slice();
        let mut non_legal: Option<Box<[u64]>> = None;
        let mut open_bits: Option<Box<[u64]>> = None;
        let fresh = || vec![0u64; words].into_boxed_slice();
        let mut rule_months = vec![0u16; rules.len()].into_boxed_slice();
        for (rule, months) in rules.iter().zip(rule_months.iter_mut()) {
            for year in table::FIRST_YEAR - 1..=table::LAST_YEAR + 1 {
                let Some((_, observed)) = rule.occurrence(year) else {
                    continue;
                };
                *months |= 1 << observed.month0();
                let Some(i) = index(observed) else {
                    continue;
                };
                let bits = if rule.court_open {
                    open_bits.get_or_insert_with(fresh)
                } else if !rule.legal_holiday {
                    non_legal.get_or_insert_with(fresh)
                } else {
                    &mut holidays
                };
                set(bits, i);
            }
        }
        let mut eo: Option<Box<[u64]>> = None;
        let mut other: Option<Box<[u64]>> = None;
        for c in closures {
            let bits = if c.kind == ClosureKind::ExecutiveOrder {
                eo.get_or_insert_with(fresh)
            } else {
                other.get_or_insert_with(fresh)
            };
            let mut d = c.first;
            // Bounded: the loader limits closures to 366 days.
            for _ in 0..=366 {
                if d > c.last {
                    break;
                }
                if let Some(i) = index(d) {
                    set(bits, i);
                }
                match d.succ_opt() {
                    Some(n) => d = n,
                    None => break,
                }
            }
        }
        let mut weekend_mask = [false; 7];
        for w in weekend {
            if let Some(slot) = weekend_mask.get_mut(w.num_days_from_monday() as usize) {
                *slot = true;
            }
        }
        let mut holiday_days = holidays.clone();
        or_into(&mut holiday_days, non_legal.as_deref());
        let mut closed = holiday_days.clone();
        or_into(&mut closed, eo.as_deref());
        or_into(&mut closed, other.as_deref());
        let table = DayTable::from_closed(&closed, weekend_mask);
        if table.total() == 0 {
            return None;
        }
        Some(Compiled {
            table,
            weekend: weekend_mask,
            holidays,
            non_legal,
            open_holiday_days: open_bits,
            eo,
            closures: other,
            holiday_days,
            rule_months,
        })
    }
}

/// `into |= from`, word by word.
pub(crate) fn or_into(into: &mut [u64], from: Option<&[u64]>) {
    if let Some(from) = from {
        for (a, b) in into.iter_mut().zip(from) {
            *a |= *b;
        }
    }
}
