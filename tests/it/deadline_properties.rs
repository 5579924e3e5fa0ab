//! Properties of computed deadlines under the FRCP in several federal
//! courts, on random triggers, periods and service methods:
//! - a rolled result is a court day;
//! - forward results never precede the trigger, backward ones never follow it;
//! - replaying the explanation's steps (their `op` data) with the court's
//!   calendars gives every step's date and the result;
//! - results are monotonic in the trigger date and in N.

use crate::common;

use chrono::{Days, NaiveDate};
use common::book;
use court_deadlines::{Court, Deadline, Direction, Trigger};
use proptest::prelude::*;

const COURTS: [&str; 6] = ["nysd", "cand", "mad", "ilnd", "txsd", "dcd"];
const SERVICE: [Option<&str>; 3] = [None, Some("mail"), Some("electronic")];

fn court(i: usize) -> Court {
    book()
        .court(COURTS[i % COURTS.len()])
        .expect("bundled court")
}

fn date() -> impl Strategy<Value = NaiveDate> {
    // 1990-01-01 ..= 2089-12-31
    (0u64..36_524).prop_map(|n| NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + Days::new(n))
}

fn dir(after: bool) -> Direction {
    if after {
        Direction::After
    } else {
        Direction::Before
    }
}

fn compute(c: &Court, p: &str, d: Direction, t: NaiveDate, s: Option<&str>) -> Deadline {
    let mut trig = Trigger::on(t);
    if let Some(s) = s {
        trig = trig.served_by(s);
    }
    c.compute_period("frcp", p, d, &trig)
        .unwrap_or_else(|e| panic!("{e}"))
}

fn open(ids: &[String], day: NaiveDate) -> bool {
    common::replay::open(book(), ids, day)
}

fn replay(due: &Deadline) -> NaiveDate {
    common::replay::replay(book(), due)
}

/// The calendars a court counts with for `d` under the current FRCP
/// (state holidays forward only, Fed. R. Civ. P. 6(a)(6)(C)).
fn current(c: &Court, d: Direction) -> Vec<String> {
    let mut ids: Vec<String> = c.calendar_ids().to_vec();
    if d == Direction::After {
        ids.extend(c.forward_only_calendar_ids().iter().cloned());
    }
    ids.sort();
    ids
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn results_are_court_days_on_the_right_side_and_replayable(
        ci in 0usize..6, t in date(), n in 1u32..400, after in any::<bool>(), si in 0usize..3, unit in 0usize..4,
    ) {
        let c = court(ci);
        let d = dir(after);
        let p = match unit {
            0 => format!("{n} days"),
            1 => format!("{} court days", n % 60 + 1),
            2 => format!("{} weeks", n % 20 + 1),
            _ => format!("{} months", n % 24 + 1),
        };
        let due = compute(&c, &p, d, t, SERVICE[si]);
        prop_assert!(open(&due.calendars, due.date), "{} is not a court day\n{}", due.date, due);
        if t >= NaiveDate::from_ymd_opt(2009, 12, 1).unwrap() {
            prop_assert_eq!(&due.calendars[..], &current(&c, d)[..]);
        }
        match d {
            Direction::After => prop_assert!(due.date > t),
            Direction::Before => prop_assert!(due.date < t),
        }
        prop_assert_eq!(replay(&due), due.date);
        prop_assert!(due.safe_date <= due.date);
    }

    #[test]
    fn monotonic_in_the_trigger_date(ci in 0usize..6, t in date(), gap in 1u64..40, n in 1u32..120, after in any::<bool>(), si in 0usize..3) {
        let c = court(ci);
        let d = dir(after);
        let p = format!("{n} days");
        let a = compute(&c, &p, d, t, SERVICE[si]).date;
        let b = compute(&c, &p, d, t + Days::new(gap), SERVICE[si]).date;
        prop_assert!(a <= b, "{t} -> {a}, {} -> {b}", t + Days::new(gap));
    }

    #[test]
    fn monotonic_in_n(ci in 0usize..6, t in date(), n in 1u32..300, more in 1u32..60, after in any::<bool>(), si in 0usize..3) {
        // Before December 1, 2009, former Rule 6(a) counted periods under
        // 11 days in court days and longer ones in calendar days, so an
        // 8-day period could reach further than an 11-day one (8 court days
        // may span 12 calendar days). Results are monotonic in N within
        // each regime, not across the boundary.
        let old_rule = t < NaiveDate::from_ymd_opt(2009, 12, 1).unwrap();
        prop_assume!(!(old_rule && n < 11 && n + more >= 11));
        let c = court(ci);
        let d = dir(after);
        let a = compute(&c, &format!("{n} days"), d, t, SERVICE[si]).date;
        let b = compute(&c, &format!("{} days", n + more), d, t, SERVICE[si]).date;
        match d {
            Direction::After => prop_assert!(a <= b),
            Direction::Before => prop_assert!(a >= b),
        }
    }

    #[test]
    fn named_deadlines_replay_too(ci in 0usize..6, t in date(), si in 0usize..3, k in 0usize..100) {
        let c = court(ci);
        let all = c.deadlines().expect("bundled rule sets parse");
        let dl = &all[k % all.len()];
        let mut trig = Trigger::on(t);
        if let Some(s) = SERVICE[si] {
            trig = trig.served_by(s);
        }
        if let Ok(due) = dl.compute(&trig) {
            prop_assert_eq!(replay(&due), due.date);
            prop_assert_eq!(dl.due_date(&trig).unwrap(), due.date);
        }
    }
}
