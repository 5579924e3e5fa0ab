//! Date expressions: the small language rule files use to say on which day
//! of a year a holiday falls (`"third monday of january"`, `"easter - 2 days"`).
//!
//! The grammar (see `rules/README.md`):
//!
//! ```text
//! expr     := base (("+" | "-") NUMBER ("day" | "days"))*
//! base     := "easter"
//!           | MONTH DAY
//!           | ORDINAL WEEKDAY "of" MONTH              ORDINAL: first..fourth | last
//!           | ORDINAL WEEKDAY relation base           ORDINAL: first..fourth
//! relation := "after" | "before" | "on or after" | "on or before"
//! ```
//!
//! Parsing is done once, at load; evaluation for a year is pure arithmetic
//! and cannot fail for the years a calendar is compiled over.

mod parse;
#[cfg(test)]
mod tests;

use std::fmt;
use std::ops::Range;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// A parse failure: a message and the byte range of the offending text
/// within the expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ExprError {
    pub(crate) message: String,
    pub(crate) span: Range<usize>,
}

/// The longest offset accepted, in days (a holiday more than a year away
/// from its anchor is surely a mistake).
const MAX_OFFSET_DAYS: i64 = 366;
/// The deepest nesting of `after`/`before` accepted.
const MAX_DEPTH: usize = 4;

/// Which occurrence of a weekday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ordinal {
    Nth(u8), // 1..=4
    Last,
}

/// How an `ORDINAL WEEKDAY relation base` expression relates to its base.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Relation {
    After,
    Before,
    OnOrAfter,
    OnOrBefore,
}

/// A parsed date expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DateExpr {
    Fixed {
        month: u32,
        day: u32,
    },
    Easter,
    NthWeekdayOf {
        ordinal: Ordinal,
        weekday: Weekday,
        month: u32,
    },
    Relative {
        n: u8,
        weekday: Weekday,
        relation: Relation,
        base: Box<DateExpr>,
    },
    Offset {
        base: Box<DateExpr>,
        days: i64,
    },
}

impl DateExpr {
    /// The most days this expression's date can lie from the year it is
    /// evaluated for (an offset or a relative weekday can carry it across
    /// New Year): dates further than this from a year's boundary need only
    /// that year's occurrence checked.
    pub(crate) fn reach(&self) -> i64 {
        match self {
            DateExpr::Fixed { .. } | DateExpr::Easter | DateExpr::NthWeekdayOf { .. } => 0,
            DateExpr::Relative { n, base, .. } => base.reach() + 7 * i64::from(*n),
            DateExpr::Offset { base, days } => base.reach() + days.abs(),
        }
    }

    /// The date this expression names in `year`, or `None` if it falls
    /// outside chrono's range (only possible at chrono's extremes).
    pub(crate) fn eval(&self, year: i32) -> Option<NaiveDate> {
        match self {
            DateExpr::Fixed { month, day } => NaiveDate::from_ymd_opt(year, *month, *day),
            DateExpr::Easter => easter(year),
            DateExpr::NthWeekdayOf {
                ordinal: Ordinal::Nth(n),
                weekday,
                month,
            } => NaiveDate::from_weekday_of_month_opt(year, *month, *weekday, *n),
            DateExpr::NthWeekdayOf {
                ordinal: Ordinal::Last,
                weekday,
                month,
            } => {
                let first_next =
                    NaiveDate::from_ymd_opt(year, *month, 1)?.checked_add_months(Months::new(1))?;
                let last = first_next.pred_opt()?;
                let back = days_from(*weekday, last.weekday());
                last.checked_sub_days(Days::new(u64::from(back)))
            }
            DateExpr::Relative {
                n,
                weekday,
                relation,
                base,
            } => {
                let b = base.eval(year)?;
                let k = u64::from(*n - 1) * 7;
                match relation {
                    Relation::After | Relation::OnOrAfter => {
                        let start = if *relation == Relation::After {
                            b.succ_opt()?
                        } else {
                            b
                        };
                        let ahead = days_from(start.weekday(), *weekday);
                        start.checked_add_days(Days::new(u64::from(ahead) + k))
                    }
                    Relation::Before | Relation::OnOrBefore => {
                        let start = if *relation == Relation::Before {
                            b.pred_opt()?
                        } else {
                            b
                        };
                        let back = days_from(*weekday, start.weekday());
                        start.checked_sub_days(Days::new(u64::from(back) + k))
                    }
                }
            }
            DateExpr::Offset { base, days } => {
                let b = base.eval(year)?;
                if *days >= 0 {
                    b.checked_add_days(Days::new(days.unsigned_abs()))
                } else {
                    b.checked_sub_days(Days::new(days.unsigned_abs()))
                }
            }
        }
    }
}

/// Days to go forward from weekday `from` to reach weekday `to` (0..=6).
fn days_from(from: Weekday, to: Weekday) -> u32 {
    (to.num_days_from_monday() + 7 - from.num_days_from_monday()) % 7
}

/// Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm
/// (Meeus/Jones/Butcher).
pub(crate) fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

impl fmt::Display for Ordinal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Ordinal::Nth(1) => "first",
            Ordinal::Nth(2) => "second",
            Ordinal::Nth(3) => "third",
            Ordinal::Nth(_) => "fourth",
            Ordinal::Last => "last",
        })
    }
}

impl fmt::Display for DateExpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateExpr::Fixed { month, day } => write!(f, "{} {day}", month_name(*month)),
            DateExpr::Easter => f.write_str("easter"),
            DateExpr::NthWeekdayOf {
                ordinal,
                weekday,
                month,
            } => write!(
                f,
                "{ordinal} {} of {}",
                weekday_name(*weekday),
                month_name(*month)
            ),
            DateExpr::Relative {
                n,
                weekday,
                relation,
                base,
            } => write!(
                f,
                "{} {} {} {base}",
                Ordinal::Nth(*n),
                weekday_name(*weekday),
                match relation {
                    Relation::After => "after",
                    Relation::Before => "before",
                    Relation::OnOrAfter => "on or after",
                    Relation::OnOrBefore => "on or before",
                }
            ),
            DateExpr::Offset { base, days } => {
                let unit = if days.unsigned_abs() == 1 {
                    "day"
                } else {
                    "days"
                };
                if *days >= 0 {
                    write!(f, "{base} + {days} {unit}")
                } else {
                    write!(f, "{base} - {} {unit}", days.unsigned_abs())
                }
            }
        }
    }
}

/// A cycle of years in which a holiday occurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cycle {
    pub(crate) every: i32,
    pub(crate) start: i32,
}

impl Cycle {
    pub(crate) fn contains(&self, year: i32) -> bool {
        year >= self.start && (year - self.start).rem_euclid(self.every) == 0
    }
}

pub(crate) use crate::text::weekday_name;
use parse::month_name;
pub(crate) use parse::{parse, parse_cycle, parse_weekday};
