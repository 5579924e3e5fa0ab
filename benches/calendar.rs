//! Calendar queries on `us-federal`, each beside a naive baseline (chrono
//! plus a `HashSet<NaiveDate>` of closed days, walked day by day) in the
//! same run, so the ratio holds on a noisy machine.
//!
//! ```text
//! cargo bench --bench calendar
//! ```
//!
//! Targets (issue #2): `is_court_day` ≤ 3 ns; next court day ≤ 10 ns;
//! N court days before ≤ 10 ns and flat in N; loading all bundled calendars
//! ≤ 5 ms; a compiled calendar ≤ 32 KiB.

use std::cell::Cell;
use std::collections::HashSet;
use std::hint::black_box;
use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use court_deadlines::{Calendar, RuleBook};

fn main() {
    let cal = federal();
    eprintln!(
        "us-federal compiled day table: {} bytes ({:.1} KiB) for {} to {}",
        cal.table_bytes(),
        cal.table_bytes() as f64 / 1024.0,
        cal.window().0,
        cal.window().1
    );
    divan::main();
}

fn book() -> &'static RuleBook {
    static B: OnceLock<RuleBook> = OnceLock::new();
    B.get_or_init(|| RuleBook::bundled().expect("bundled rules load"))
}

fn federal() -> &'static Calendar {
    book()
        .calendar("us-federal")
        .expect("us-federal is bundled")
}

/// The naive baseline: closed weekdays in a hash set; weekends by weekday.
struct Naive {
    closed: HashSet<NaiveDate>,
}

impl Naive {
    fn get() -> &'static Naive {
        static N: OnceLock<Naive> = OnceLock::new();
        N.get_or_init(|| {
            let cal = federal();
            let closed = (1900..=2200)
                .flat_map(|y| cal.holidays(y).expect("in window"))
                .map(|h| h.date)
                .collect();
            Naive { closed }
        })
    }

    fn is_court_day(&self, d: NaiveDate) -> bool {
        !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !self.closed.contains(&d)
    }

    fn next_court_day(&self, d: NaiveDate) -> NaiveDate {
        let mut x = d.succ_opt().expect("in range");
        while !self.is_court_day(x) {
            x = x.succ_opt().expect("in range");
        }
        x
    }

    fn nth_before(&self, d: NaiveDate, n: u32) -> NaiveDate {
        let mut x = d;
        let mut left = n;
        while left > 0 {
            x = x.pred_opt().expect("in range");
            if self.is_court_day(x) {
                left -= 1;
            }
        }
        x
    }
}

/// Random dates in 1990–2100, from a xorshift generator (no dependency).
fn random_date() -> NaiveDate {
    thread_local! {
        static S: Cell<u64> = const { Cell::new(0x9E37_79B9_7F4A_7C15) };
    }
    S.with(|s| {
        let mut x = s.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.set(x);
        NaiveDate::from_ymd_opt(1990, 1, 1).expect("valid") + Days::new(x % 40_000)
    })
}

mod is_court_day {
    use super::*;

    #[divan::bench]
    fn engine(b: divan::Bencher) {
        let cal = federal();
        b.with_inputs(random_date)
            .bench_local_values(|d| cal.is_court_day(d));
    }

    #[divan::bench]
    fn naive_hashset(b: divan::Bencher) {
        let n = Naive::get();
        b.with_inputs(random_date)
            .bench_local_values(|d| n.is_court_day(d));
    }
}

mod next_court_day {
    use super::*;

    #[divan::bench]
    fn engine(b: divan::Bencher) {
        let cal = federal();
        b.with_inputs(random_date)
            .bench_local_values(|d| cal.next_court_day(d));
    }

    #[divan::bench]
    fn naive_hashset(b: divan::Bencher) {
        let n = Naive::get();
        b.with_inputs(random_date)
            .bench_local_values(|d| n.next_court_day(d));
    }
}

mod court_days_before {
    use super::*;

    #[divan::bench(args = [1, 16, 250, 2000])]
    fn engine(b: divan::Bencher, n: u32) {
        let cal = federal();
        b.with_inputs(random_date)
            .bench_local_values(|d| cal.nth_court_day_before(d, black_box(n)));
    }

    #[divan::bench(args = [1, 16, 250, 2000])]
    fn naive_hashset(b: divan::Bencher, n: u32) {
        let naive = Naive::get();
        b.with_inputs(random_date)
            .bench_local_values(|d| naive.nth_before(d, black_box(n)));
    }
}

mod court_days_after {
    use super::*;

    #[divan::bench(args = [1, 16, 250, 2000])]
    fn engine(b: divan::Bencher, n: u32) {
        let cal = federal();
        b.with_inputs(random_date)
            .bench_local_values(|d| cal.nth_court_day_after(d, black_box(n)));
    }
}

mod load {
    use super::*;

    /// Read, parse, validate and compile every bundled calendar
    /// (`rules/calendars/`, read from disk: the time includes the reads).
    #[divan::bench(sample_count = 30)]
    fn all_bundled_calendars() -> RuleBook {
        RuleBook::from_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/calendars"))
            .expect("calendars load")
    }

    /// Everything bundled: calendars, rule sets, courts and the merged
    /// calendar sets courts count with (embedded; no reads).
    #[divan::bench(sample_count = 30)]
    fn everything_bundled() -> RuleBook {
        RuleBook::bundled().expect("bundled rules load")
    }

    /// The naive way: evaluate the holidays of every year into a hash set.
    #[divan::bench(sample_count = 30)]
    fn naive_hashset_of_us_federal() -> HashSet<NaiveDate> {
        let cal = federal();
        (1900..=2200)
            .flat_map(|y| cal.holidays(y).expect("in window"))
            .map(|h| h.date)
            .collect()
    }
}
