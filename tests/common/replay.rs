//! Replays a computed deadline's steps from their `op` data with the
//! calendars the result names, independently of the engine: each step must
//! turn the previous step's date into its own.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use court_deadlines::{Deadline, Direction, MonthEnd, Op, RuleBook};

/// Whether every calendar in `ids` of `book` has `day` open.
pub fn open(book: &RuleBook, ids: &[String], day: NaiveDate) -> bool {
    ids.iter()
        .all(|id| book.calendar(id).unwrap().is_court_day(day).unwrap())
}

/// Replays `due`'s steps; asserts each step's date; returns the last.
pub fn replay(book: &RuleBook, due: &Deadline) -> NaiveDate {
    let ids = &due.calendars;
    let mut cur = due.trigger.date;
    for s in &due.steps {
        cur = match &s.op {
            Op::Start { day0 } => *day0,
            Op::Choose { chosen } => *chosen,
            Op::AddDays { days } => cur + chrono::TimeDelta::days(*days),
            Op::AddCourtDays { court_days } => {
                let step = court_days.signum();
                let mut left = court_days.abs();
                while left > 0 {
                    cur += chrono::TimeDelta::days(step);
                    if open(book, ids, cur) {
                        left -= 1;
                    }
                }
                cur
            }
            Op::AddMonths { months, month_end } => {
                let raw = if *months >= 0 {
                    cur.checked_add_months(Months::new(*months as u32)).unwrap()
                } else {
                    cur.checked_sub_months(Months::new(months.unsigned_abs() as u32))
                        .unwrap()
                };
                if raw.day() != cur.day() && *month_end == MonthEnd::NextMonthStart {
                    raw + Days::new(1)
                } else {
                    raw
                }
            }
            Op::Roll { direction } => {
                let step = if *direction == Direction::After {
                    1
                } else {
                    -1
                };
                while !open(book, ids, cur) {
                    cur += chrono::TimeDelta::days(step);
                }
                cur
            }
            Op::NextMonday => {
                let mut x = cur + Days::new(1);
                while x.weekday() != Weekday::Mon {
                    x = x + Days::new(1);
                }
                x
            }
            other => panic!("unexpected op {other:?}"),
        };
        assert_eq!(cur, s.date, "step {:?} replays to {cur}\n{due}", s.kind);
    }
    cur
}
