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

pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// The lowercase English name of month `m` (1-based).
fn month_name(m: u32) -> &'static str {
    MONTHS
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

pub(crate) use crate::text::weekday_name;

/// Parses a weekday name (case-insensitive, in full).
pub(crate) fn parse_weekday(s: &str) -> Option<Weekday> {
    let s = s.to_ascii_lowercase();
    WEEKDAYS.iter().find(|(n, _)| *n == s).map(|(_, w)| *w)
}

fn parse_month(s: &str) -> Option<u32> {
    let s = s.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| *m == s)
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// Days in `month` in a common (non-leap) year.
fn days_in_month(month: u32) -> u32 {
    match month {
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Token<'a> {
    text: &'a str,
    lower: String,
    span: Range<usize>,
}

fn tokenize(s: &str) -> Result<Vec<Token<'_>>, ExprError> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '+' || c == '-' {
            chars.next();
            out.push(Token {
                text: &s[i..i + 1],
                lower: c.to_string(),
                span: i..i + 1,
            });
        } else if c.is_alphanumeric() || c == '\'' {
            let mut end = i;
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() || d == '\'' {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Token {
                text: &s[i..end],
                lower: s[i..end].to_lowercase(),
                span: i..end,
            });
        } else {
            return Err(ExprError {
                message: format!("unexpected character {c:?} in date expression"),
                span: i..i + c.len_utf8(),
            });
        }
    }
    Ok(out)
}

struct Parser<'a> {
    src: &'a str,
    tokens: Vec<Token<'a>>,
    pos: usize,
}

const FORMS: &str = "expected a date expression such as \"january 1\", \"third monday of january\", \"last monday of may\", \"first tuesday after first monday of november\" or \"easter - 2 days\"";

/// Parses a date expression.
pub(crate) fn parse(src: &str) -> Result<DateExpr, ExprError> {
    let tokens = tokenize(src)?;
    if tokens.is_empty() {
        return Err(ExprError {
            message: format!("empty date expression ({FORMS})"),
            span: 0..src.len(),
        });
    }
    let mut p = Parser {
        src,
        tokens,
        pos: 0,
    };
    let mut expr = p.base(0)?;
    while let Some(tok) = p.peek() {
        let sign = match tok.lower.as_str() {
            "+" => 1,
            "-" => -1,
            _ => {
                return Err(ExprError {
                    message: format!(
                        "unexpected {:?} after a complete date (expected \"+ N days\", \"- N days\" or the end)",
                        tok.text
                    ),
                    span: tok.span.clone(),
                });
            }
        };
        let sign_span = tok.span.clone();
        p.pos += 1;
        let num = p.expect_any("a number of days after \"+\" or \"-\"", &sign_span)?;
        let n: i64 = match num.lower.parse::<i64>() {
            Ok(n) if num.lower.chars().all(|c| c.is_ascii_digit()) => n,
            _ => {
                return Err(ExprError {
                    message: format!("expected a number of days, found {:?}", num.text),
                    span: num.span,
                });
            }
        };
        let unit = p.expect_any("\"day\" or \"days\"", &num.span)?;
        if unit.lower != "day" && unit.lower != "days" {
            return Err(ExprError {
                message: format!(
                    "expected \"day\" or \"days\", found {:?} (offsets are in calendar days)",
                    unit.text
                ),
                span: unit.span,
            });
        }
        let total = match &expr {
            DateExpr::Offset { days, .. } => days + sign * n,
            _ => sign * n,
        };
        if n > MAX_OFFSET_DAYS || total.abs() > MAX_OFFSET_DAYS {
            return Err(ExprError {
                message: format!("offset of {n} days is too large (at most {MAX_OFFSET_DAYS})"),
                span: num.span,
            });
        }
        expr = match expr {
            DateExpr::Offset { base, .. } => DateExpr::Offset { base, days: total },
            other => DateExpr::Offset {
                base: Box::new(other),
                days: total,
            },
        };
    }
    Ok(expr)
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<&Token<'a>> {
        self.tokens.get(self.pos)
    }

    fn next_token(&mut self) -> Option<Token<'a>> {
        let t = self.tokens.get(self.pos).cloned();
        if t.is_some() {
            self.pos += 1;
        }
        t
    }

    /// The next token, or an error pointing just past `after`.
    fn expect_any(&mut self, what: &str, after: &Range<usize>) -> Result<Token<'a>, ExprError> {
        self.next_token().ok_or_else(|| ExprError {
            message: format!("date expression ends early (expected {what})"),
            span: after.end..self.src.len().max(after.end),
        })
    }

    fn base(&mut self, depth: usize) -> Result<DateExpr, ExprError> {
        let first = self.expect_any("a date", &(0..0))?;
        if depth > MAX_DEPTH {
            return Err(ExprError {
                message: format!(
                    "date expression nests too deeply (at most {MAX_DEPTH} \"after\"/\"before\")"
                ),
                span: first.span,
            });
        }
        if first.lower == "easter" {
            return Ok(DateExpr::Easter);
        }
        if let Some(month) = parse_month(&first.lower) {
            let day_tok =
                self.expect_any("a day of the month after the month name", &first.span)?;
            let day: u32 = match day_tok.lower.parse::<u32>() {
                Ok(d) if day_tok.lower.chars().all(|c| c.is_ascii_digit()) => d,
                _ => {
                    return Err(ExprError {
                        message: format!(
                            "expected a day of the month after {:?}, found {:?}",
                            first.text, day_tok.text
                        ),
                        span: day_tok.span,
                    });
                }
            };
            let span = first.span.start..day_tok.span.end;
            if month == 2 && day == 29 {
                return Err(ExprError {
                    message: "february 29 exists only in leap years (a recurring holiday must fall on a day every year has)".into(),
                    span,
                });
            }
            if day == 0 || day > days_in_month(month) {
                return Err(ExprError {
                    message: format!(
                        "impossible date: {} has {} days",
                        month_name(month),
                        days_in_month(month)
                    ),
                    span,
                });
            }
            return Ok(DateExpr::Fixed { month, day });
        }
        let ordinal = match first.lower.as_str() {
            "first" => Ordinal::Nth(1),
            "second" => Ordinal::Nth(2),
            "third" => Ordinal::Nth(3),
            "fourth" => Ordinal::Nth(4),
            "last" => Ordinal::Last,
            "fifth" => {
                return Err(ExprError {
                    message: "\"fifth\" is not accepted: not every month has a fifth weekday (use \"last\")".into(),
                    span: first.span,
                });
            }
            _ => {
                let message = if first.lower.chars().all(|c| c.is_alphabetic())
                    && first.lower.len() > 2
                {
                    format!(
                        "unknown month or ordinal {:?} ({FORMS}; months are written in full: january … december)",
                        first.text
                    )
                } else {
                    format!("unexpected {:?} ({FORMS})", first.text)
                };
                return Err(ExprError {
                    message,
                    span: first.span,
                });
            }
        };
        let wd_tok = self.expect_any("a weekday after the ordinal", &first.span)?;
        let weekday = parse_weekday(&wd_tok.lower).ok_or_else(|| ExprError {
            message: format!(
                "unknown weekday {:?} (expected monday, tuesday, wednesday, thursday, friday, saturday or sunday)",
                wd_tok.text
            ),
            span: wd_tok.span.clone(),
        })?;
        let rel = self.expect_any(
            "\"of\", \"after\", \"before\", \"on or after\" or \"on or before\"",
            &wd_tok.span,
        )?;
        let relation = match rel.lower.as_str() {
            "of" => {
                let m_tok = self.expect_any("a month name after \"of\"", &rel.span)?;
                let month = parse_month(&m_tok.lower).ok_or_else(|| ExprError {
                    message: format!(
                        "unknown month {:?} (expected a month name such as \"january\")",
                        m_tok.text
                    ),
                    span: m_tok.span.clone(),
                })?;
                return Ok(DateExpr::NthWeekdayOf {
                    ordinal,
                    weekday,
                    month,
                });
            }
            "after" => Relation::After,
            "before" => Relation::Before,
            "on" => {
                let or_tok = self.expect_any("\"or\" after \"on\"", &rel.span)?;
                if or_tok.lower != "or" {
                    return Err(ExprError {
                        message: format!(
                            "expected \"on or after\" or \"on or before\", found \"on {}\"",
                            or_tok.text
                        ),
                        span: or_tok.span,
                    });
                }
                let dir =
                    self.expect_any("\"after\" or \"before\" after \"on or\"", &or_tok.span)?;
                match dir.lower.as_str() {
                    "after" => Relation::OnOrAfter,
                    "before" => Relation::OnOrBefore,
                    _ => {
                        return Err(ExprError {
                            message: format!(
                                "expected \"on or after\" or \"on or before\", found \"on or {}\"",
                                dir.text
                            ),
                            span: dir.span,
                        });
                    }
                }
            }
            _ => {
                return Err(ExprError {
                    message: format!(
                        "expected \"of\", \"after\", \"before\", \"on or after\" or \"on or before\" after the weekday, found {:?}",
                        rel.text
                    ),
                    span: rel.span,
                });
            }
        };
        let n = match ordinal {
            Ordinal::Nth(n) => n,
            Ordinal::Last => {
                return Err(ExprError {
                    message: "\"last\" goes only with \"of <month>\"; with \"after\" or \"before\" use first … fourth".into(),
                    span: first.span,
                });
            }
        };
        let base = self.base(depth + 1)?;
        Ok(DateExpr::Relative {
            n,
            weekday,
            relation,
            base: Box::new(base),
        })
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

/// Parses a `years` cycle: `"even"`, `"odd"`, `"every N years from YYYY"`.
pub(crate) fn parse_cycle(src: &str) -> Result<Cycle, ExprError> {
    const EXPECTED: &str = "expected \"even\", \"odd\" or \"every N years from YYYY\"";
    let tokens = tokenize(src)?;
    let words: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
    let whole = 0..src.len();
    match words.as_slice() {
        // Any even (odd) start before chrono's first year will do.
        ["even"] => Ok(Cycle {
            every: 2,
            start: -262_144,
        }),
        ["odd"] => Ok(Cycle {
            every: 2,
            start: -262_143,
        }),
        ["every", n, "years", "from", y] => {
            let every: i32 = n.parse().ok().filter(|v| (2..=100).contains(v)).ok_or_else(|| ExprError {
                message: format!("the cycle length must be a whole number of years from 2 to 100, found {n:?}"),
                span: tokens.get(1).map_or(whole.clone(), |t| t.span.clone()),
            })?;
            let start: i32 = y
                .parse()
                .ok()
                .filter(|v| (1583..=9999).contains(v))
                .ok_or_else(|| ExprError {
                    message: format!("expected a year from 1583 to 9999, found {y:?}"),
                    span: tokens.get(4).map_or(whole.clone(), |t| t.span.clone()),
                })?;
            Ok(Cycle { every, start })
        }
        _ => Err(ExprError {
            message: format!("unknown year cycle {src:?} ({EXPECTED})"),
            span: whole,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn eval(s: &str, year: i32) -> NaiveDate {
        parse(s)
            .map(|e| e.eval(year))
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    #[test]
    fn forms_evaluate() {
        assert_eq!(eval("january 1", 2026), date(2026, 1, 1));
        assert_eq!(eval("third monday of january", 2026), date(2026, 1, 19));
        assert_eq!(eval("last monday of may", 2026), date(2026, 5, 25));
        assert_eq!(eval("last monday of may", 2027), date(2027, 5, 31));
        assert_eq!(
            eval("fourth thursday of november + 1 day", 2026),
            date(2026, 11, 27)
        );
        assert_eq!(eval("easter - 2 days", 2026), date(2026, 4, 3));
        // Election Day: 2026-11-03 (Nov 2 is the first Monday); 2027: Nov 1 is a Monday -> Nov 2.
        assert_eq!(
            eval("first tuesday after first monday of november", 2026),
            date(2026, 11, 3)
        );
        assert_eq!(
            eval("first tuesday after first monday of november", 2022),
            date(2022, 11, 8)
        );
        assert_eq!(
            eval("first monday on or after march 1", 2027),
            date(2027, 3, 1)
        );
        assert_eq!(eval("first monday after march 1", 2027), date(2027, 3, 8));
        assert_eq!(
            eval("first friday before december 25", 2026),
            date(2026, 12, 18)
        );
        assert_eq!(
            eval("second friday before december 25", 2026),
            date(2026, 12, 11)
        );
        assert_eq!(
            eval("first friday on or before december 25", 2026),
            date(2026, 12, 25)
        );
        assert_eq!(
            eval("  Third   MONDAY of  January ", 2026),
            date(2026, 1, 19)
        );
    }

    #[test]
    fn easter_known_dates() {
        // Western Easter dates from the computus tables.
        for (y, m, d) in [
            (1900, 4, 15),
            (1961, 4, 2),
            (2000, 4, 23),
            (2008, 3, 23),
            (2011, 4, 24),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2038, 4, 25),
            (2285, 3, 22),
        ] {
            assert_eq!(easter(y), Some(date(y, m, d)), "{y}");
        }
    }

    #[test]
    fn display_round_trips() {
        for s in [
            "january 1",
            "third monday of january",
            "last monday of may",
            "fourth thursday of november + 1 day",
            "easter - 2 days",
            "first tuesday after first monday of november",
            "second friday on or before december 25",
        ] {
            let e = parse(s).map(|e| e.to_string());
            assert_eq!(e.as_deref(), Ok(s));
        }
    }

    #[test]
    fn errors_point_at_the_bad_word() {
        let cases = [
            ("janury 1", 0..6, "unknown month or ordinal"),
            ("february 30", 0..11, "impossible date"),
            ("february 29", 0..11, "leap years"),
            ("third munday of january", 6..12, "unknown weekday"),
            ("fifth monday of may", 0..5, "fifth"),
            ("third monday in january", 13..15, "expected \"of\""),
            ("easter + 2 weeks", 11..16, "expected \"day\""),
            ("easter +", 8..8, "ends early"),
            ("last monday after may 1", 0..4, "\"last\" goes only"),
            ("", 0..0, "empty"),
            ("january 1 2026", 10..14, "unexpected"),
            ("easter + 999 days", 9..12, "too large"),
            ("march 3!", 7..8, "unexpected character"),
        ];
        for (src, span, msg) in cases {
            match parse(src) {
                Ok(e) => panic!("{src:?} parsed as {e:?}"),
                Err(e) => {
                    assert_eq!(e.span, span, "{src:?}: {}", e.message);
                    assert!(e.message.contains(msg), "{src:?}: {}", e.message);
                }
            }
        }
    }

    #[test]
    fn cycles() {
        let inaug = parse_cycle("every 4 years from 1965").unwrap_or(Cycle { every: 1, start: 0 });
        assert!(
            inaug.contains(2025)
                && inaug.contains(1965)
                && !inaug.contains(1961)
                && !inaug.contains(2026)
        );
        let even = parse_cycle("even").unwrap_or(Cycle { every: 1, start: 0 });
        assert!(even.contains(2026) && !even.contains(2027));
        let odd = parse_cycle("Odd").unwrap_or(Cycle { every: 1, start: 0 });
        assert!(odd.contains(2027) && !odd.contains(2026));
        assert!(parse_cycle("every 0 years from 1965").is_err());
        assert!(parse_cycle("sometimes").is_err());
    }
}
