//! A deliberately naive implementation of the federal rules for counting
//! days, day by day, from the rule texts; it shares no code with the engine.
//!
//! - Fed. R. Civ. P. 6(a) (Dec. 1, 2009): "(A) exclude the day of the event
//!   that triggers the period; (B) count every day ...; (C) include the last
//!   day of the period, but if the last day is a Saturday, Sunday, or legal
//!   holiday, the period continues to run until the end of the next day"; 6(a)(5):
//!   the next day is counted "forward when measuring a period after an event
//!   and backward when measuring a period before an event"; 6(a)(6): legal
//!   holidays are the days set aside by 5 U.S.C. § 6103(a), "any day declared
//!   a holiday by the President or Congress", and "(C) for periods that are
//!   measured after an event, any other day declared a holiday by the state".
//!   The same words: Fed. R. App. P. 26(a), Fed. R. Bankr. P. 9006(a), Fed. R.
//!   Crim. P. 45(a).
//! - Before Dec. 1, 2009 (the 1985 text of 6(a)): a period "less than 11
//!   days" (Bankruptcy Rule 9006(a): "less than 8 days") excludes intermediate
//!   Saturdays, Sundays and legal holidays; the last day runs to "the next day"
//!   (forward; the backward reading is a reading, not this default); state
//!   holidays count in either direction.
//! - Fed. R. Civ. P. 6(d) (and FRAP 26(c), FRBP 9006(f), FRCrP 45(c)): for a
//!   time "after being served", 3 days are added "after the period would
//!   otherwise expire"; electronic service adds them only before Dec. 1, 2016.
//! - 5 U.S.C. § 6103(a) holidays, observed per § 6103(b) and Executive Order
//!   11582 (Saturday -> Friday, Sunday -> Monday); Inauguration Day (§ 6103(c))
//!   for the District of Columbia courts; and the days executive departments
//!   were closed by executive order, listed below from the orders.

use std::collections::HashSet;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use court_deadlines::{Direction, RuleBook, Trigger};

/// Days the President closed executive departments by executive order, as
/// the orders read (e.g. Exec. Order 13852, 83 Fed. Reg. 62,687 (Dec. 5,
/// 2018); Exec. Order 14133, 90 Fed. Reg. 187 (Jan. 9, 2025)).
const EO_CLOSURES: [&str; 20] = [
    "1972-12-28",
    "1986-12-26",
    "1994-04-27",
    "1997-12-26",
    "2001-12-24",
    "2003-12-26",
    "2004-06-11",
    "2007-01-02",
    "2007-12-24",
    "2008-12-26",
    "2012-12-24",
    "2014-12-26",
    "2018-12-05",
    "2018-12-24",
    "2019-12-24",
    "2020-12-24",
    "2024-12-24",
    "2025-01-09",
    "2025-12-24",
    "2025-12-26",
];

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

/// The `n`-th (1-based) `wd` of month `m`, or the last one with `n = 0`.
fn nth_weekday(y: i32, m: u32, wd: Weekday, n: u32) -> NaiveDate {
    if n == 0 {
        let mut d = if m == 12 {
            ymd(y + 1, 1, 1)
        } else {
            ymd(y, m + 1, 1)
        };
        loop {
            d = d.pred_opt().expect("in range");
            if d.weekday() == wd {
                return d;
            }
        }
    }
    let mut d = ymd(y, m, 1);
    let mut seen = 0;
    loop {
        if d.weekday() == wd {
            seen += 1;
            if seen == n {
                return d;
            }
        }
        d = d.succ_opt().expect("in range");
    }
}

fn observed(d: NaiveDate) -> NaiveDate {
    match d.weekday() {
        Weekday::Sat => d.pred_opt().expect("in range"),
        Weekday::Sun => d.succ_opt().expect("in range"),
        _ => d,
    }
}

/// Federal legal holidays 1980-2045 (observed days), with EO closures.
pub fn federal_holidays(dc: bool) -> HashSet<NaiveDate> {
    let mut s = HashSet::new();
    for y in 1980..=2045 {
        s.insert(observed(ymd(y, 1, 1)));
        if y >= 1986 {
            s.insert(nth_weekday(y, 1, Weekday::Mon, 3));
        }
        s.insert(nth_weekday(y, 2, Weekday::Mon, 3));
        s.insert(nth_weekday(y, 5, Weekday::Mon, 0));
        if y >= 2021 {
            s.insert(observed(ymd(y, 6, 19)));
        }
        s.insert(observed(ymd(y, 7, 4)));
        s.insert(nth_weekday(y, 9, Weekday::Mon, 1));
        s.insert(nth_weekday(y, 10, Weekday::Mon, 2));
        s.insert(observed(ymd(y, 11, 11)));
        s.insert(nth_weekday(y, 11, Weekday::Thu, 4));
        s.insert(observed(ymd(y, 12, 25)));
        if dc && (y - 1965) % 4 == 0 {
            let i = ymd(y, 1, 20);
            s.insert(if i.weekday() == Weekday::Sun {
                i.succ_opt().expect("in range")
            } else {
                i
            });
        }
    }
    for e in EO_CLOSURES {
        s.insert(NaiveDate::parse_from_str(e, "%Y-%m-%d").expect("a date"));
    }
    s
}

struct Query {
    rules: &'static str,
    n: u32,
    dir: Direction,
    service: Option<&'static str>,
    trigger: NaiveDate,
}

/// xorshift64*: a fixed, reproducible sequence.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// The naive answer.
fn naive(q: &Query, federal: &HashSet<NaiveDate>, state: &dyn Fn(NaiveDate) -> bool) -> NaiveDate {
    let post_2009 = q.trigger >= ymd(2009, 12, 1);
    let with_state = !post_2009 || q.dir == Direction::After;
    let closed = |d: NaiveDate| {
        matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
            || federal.contains(&d)
            || (with_state && state(d))
    };
    let step = |d: NaiveDate, dir: Direction| match dir {
        Direction::After => d.succ_opt().expect("in range"),
        Direction::Before => d.pred_opt().expect("in range"),
    };
    let short_under = if q.rules == "frbp" { 8 } else { 11 };
    let mut d = q.trigger;
    if !post_2009 && q.n < short_under {
        // Intermediate closed days excluded: count only open days.
        let mut left = q.n;
        while left > 0 {
            d = step(d, q.dir);
            if !closed(d) {
                left -= 1;
            }
        }
    } else {
        for _ in 0..q.n {
            d = step(d, q.dir);
        }
    }
    // The next day: backward before an event after 2009, else forward.
    let roll = if post_2009 { q.dir } else { Direction::After };
    while closed(d) {
        d = step(d, roll);
    }
    let extra = match q.service {
        Some("mail") => 3,
        Some("electronic") if q.trigger <= ymd(2016, 11, 30) => 3,
        _ => 0,
    };
    if extra > 0 && q.dir == Direction::After {
        d = d.checked_add_days(Days::new(extra)).expect("in range");
        while closed(d) {
            d = step(d, Direction::After);
        }
    }
    d
}

/// Compares the engine's default date with the naive one on `count` random
/// queries; returns how many were compared and the disagreements.
pub fn compare(book: &RuleBook, count: usize, seed: u64) -> (usize, Vec<String>) {
    let federal = federal_holidays(false);
    let federal_dc = federal_holidays(true);
    let mut courts: Vec<(String, &'static str, bool, Vec<String>)> = Vec::new();
    for c in book.courts() {
        for rules in ["frcp", "frcrp", "frbp", "frap"] {
            if c.rule_set_ids().iter().any(|r| r == rules) {
                // A court of appeals applies FRAP; a district court's FRAP
                // deadlines are filed there under FRAP 4 but counted the same.
                if rules == "frap" && !c.id().starts_with("ca") {
                    continue;
                }
                let dc = c.calendar_ids().iter().any(|id| id == "us-federal-dc");
                courts.push((
                    c.id().to_owned(),
                    rules,
                    dc,
                    c.forward_only_calendar_ids().to_vec(),
                ));
            }
        }
    }
    let mut rng = Rng(seed);
    let mut mismatches = Vec::new();
    let mut checked = 0;
    let start = ymd(1995, 1, 1);
    while checked < count {
        let (court, rules, dc, states) = &courts[rng.below(courts.len() as u64) as usize];
        let first = if *rules == "frap" {
            ymd(2010, 1, 1)
        } else {
            start
        };
        let span = (ymd(2035, 12, 31) - first).num_days() as u64;
        let trigger = first + Days::new(rng.below(span));
        let q = Query {
            rules,
            n: 1 + rng.below(60) as u32,
            dir: if rng.below(2) == 0 {
                Direction::After
            } else {
                Direction::Before
            },
            service: [None, Some("mail"), Some("electronic"), Some("personal")]
                [rng.below(4) as usize],
            trigger,
        };
        let c = book.court(court).expect("a bundled court");
        let mut t = Trigger::on(q.trigger);
        if let Some(m) = q.service {
            if !book
                .rule_set(rules)
                .expect("bundled")
                .service_methods()
                .any(|x| x == m)
            {
                continue;
            }
            t = t.served_by(m);
        }
        let cals: Vec<_> = states
            .iter()
            .map(|id| book.calendar(id).expect("bundled"))
            .collect();
        // A day "declared a holiday by the state" on which the state's courts
        // close (legal holidays on which they sit are a reading, not the
        // default: Smith v. State (W.D. Mich. 2007)).
        let state = |d: NaiveDate| cals.iter().any(|c| !c.is_court_day(d).unwrap_or(true));
        let want = naive(&q, if *dc { &federal_dc } else { &federal }, &state);
        checked += 1;
        match c.compute_period(rules, format!("{} days", q.n), q.dir, &t) {
            Ok(due) if due.date == want => {}
            Ok(due) => mismatches.push(format!(
                "{court} {rules} {} days {} {} service {:?}: engine {}, naive {want}",
                q.n, q.dir, q.trigger, q.service, due.date
            )),
            Err(e) => mismatches.push(format!(
                "{court} {rules} {} days {} {}: engine error {e}",
                q.n, q.dir, q.trigger
            )),
        }
    }
    (checked, mismatches)
}
