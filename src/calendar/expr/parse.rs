//! The date-expression parser: names, tokens, and the grammar in the
//! module documentation.

use std::ops::Range;

use chrono::Weekday;

use super::{Cycle, DateExpr, ExprError, MAX_DEPTH, MAX_OFFSET_DAYS, Ordinal, Relation};

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
pub(super) fn month_name(m: u32) -> &'static str {
    MONTHS
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

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
