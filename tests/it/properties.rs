//! Property tests: the invariants of compiled calendars, on the bundled
//! calendars and on random calendars generated here, checked against a
//! naive day-by-day model written independently of the engine.

use crate::common;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use common::{MONTHS, WEEKDAY_NAMES, book};
use court_deadlines::{Calendar, ErrorKind, RuleBook};
use proptest::prelude::*;

const IDS: [&str; 7] = [
    "us-federal",
    "us-federal-dc",
    "us-ca",
    "us-ny",
    "us-tx",
    "us-fl",
    "us-ma",
];

fn window_date() -> impl Strategy<Value = NaiveDate> {
    // 1900-01-01 ..= 2200-12-31
    (0u64..109_938).prop_map(|n| NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + Days::new(n))
}

fn bundled() -> impl Strategy<Value = &'static Calendar> {
    (0..IDS.len()).prop_map(|i| common::cal(IDS[i]))
}

/// Court days strictly between `a` and `b` (a < b), counted one day at a time.
fn naive_between(cal: &Calendar, a: NaiveDate, b: NaiveDate) -> u32 {
    let mut n = 0;
    let mut d = a.succ_opt().unwrap();
    while d < b {
        n += u32::from(cal.is_court_day(d).unwrap());
        d = d.succ_opt().unwrap();
    }
    n
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn nth_after_lands_on_a_court_day_with_n_minus_1_between(cal in bundled(), d in window_date(), n in 1u32..2_500) {
        match cal.nth_court_day_after(d, n) {
            Ok(r) => {
                prop_assert!(r > d);
                prop_assert!(cal.is_court_day(r).unwrap());
                prop_assert_eq!(naive_between(cal, d, r), n - 1);
                prop_assert_eq!(cal.court_days_between(d, r).unwrap(), i64::from(n));
            }
            Err(e) => prop_assert!(e.is_out_of_range() && d.year() >= 2190, "{e}"),
        }
    }

    #[test]
    fn nth_before_lands_on_a_court_day_with_n_minus_1_between(cal in bundled(), d in window_date(), n in 1u32..2_500) {
        match cal.nth_court_day_before(d, n) {
            Ok(r) => {
                prop_assert!(r < d);
                prop_assert!(cal.is_court_day(r).unwrap());
                prop_assert_eq!(naive_between(cal, r, d), n - 1);
                prop_assert_eq!(cal.court_days_between(r, d).unwrap() - i64::from(cal.is_court_day(d).unwrap()), i64::from(n) - 1);
            }
            Err(e) => prop_assert!(e.is_out_of_range() && d.year() <= 1910, "{e}"),
        }
    }

    #[test]
    fn next_and_previous_are_the_nearest_court_days(cal in bundled(), d in window_date()) {
        if let Ok(next) = cal.next_court_day(d) {
            prop_assert_eq!(cal.nth_court_day_after(d, 1).unwrap(), next);
            prop_assert!(next > d && cal.is_court_day(next).unwrap());
            prop_assert_eq!(naive_between(cal, d, next), 0);
            prop_assert_eq!(cal.court_day_on_or_after(d).unwrap(), if cal.is_court_day(d).unwrap() { d } else { next });
        }
        if let Ok(prev) = cal.previous_court_day(d) {
            prop_assert!(prev < d && cal.is_court_day(prev).unwrap());
            prop_assert_eq!(naive_between(cal, prev, d), 0);
            prop_assert_eq!(cal.nth_court_day_before(d, 1).unwrap(), prev);
        }
    }

    #[test]
    fn closed_days_always_have_a_reason(cal in bundled(), d in window_date()) {
        let open = cal.is_court_day(d).unwrap();
        let why = cal.why_closed(d).unwrap();
        prop_assert_eq!(open, why.is_empty(), "{} {:?}", d, why);
    }

    #[test]
    fn listing_agrees_with_the_table(cal in bundled(), year in 1901i32..2200) {
        for h in cal.holidays(year).unwrap() {
            prop_assert_eq!(h.date.year(), year);
            // A legal holiday on which the court stays open is listed but
            // never closes the day; every other listed day is closed.
            if !h.court_open {
                prop_assert!(!cal.is_court_day(h.date).unwrap(), "{} listed but open", h.date);
            }
        }
    }

    #[test]
    fn any_date_is_answered_or_refused_never_a_panic(days in -2_000_000i64..2_000_000, n in any::<u32>()) {
        let d = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap().checked_add_signed(chrono::TimeDelta::days(days));
        if let Some(d) = d {
            let cal = common::cal("us-federal");
            let inside = (1900..=2200).contains(&d.year());
            prop_assert_eq!(cal.is_court_day(d).is_ok(), inside);
            for r in [cal.nth_court_day_after(d, n), cal.nth_court_day_before(d, n), cal.next_court_day(d), cal.previous_court_day(d)] {
                if let Err(e) = r {
                    prop_assert!(matches!(e.kind(), ErrorKind::OutOfRange | ErrorKind::Argument), "{e}");
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Random calendars: a generated TOML file and, beside it, a naive model of
// the same rules written without the engine's code.

#[derive(Debug, Clone)]
enum Rule {
    Fixed {
        month: u32,
        day: u32,
    },
    Nth {
        n: u32,
        weekday: Weekday,
        month: u32,
    },
    Last {
        weekday: Weekday,
        month: u32,
    },
    After {
        weekday: Weekday,
        month: u32,
        day: u32,
    },
}

#[derive(Debug, Clone)]
struct GenHoliday {
    rule: Rule,
    offset: i64,
    observed: &'static str,
    from: Option<i32>,
    until: Option<i32>,
}

#[derive(Debug, Clone)]
struct GenCalendar {
    weekend: Vec<Weekday>,
    holidays: Vec<GenHoliday>,
    closures: Vec<(NaiveDate, u64)>,
}

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];
const OBSERVED: [&str; 5] = [
    "none",
    "nearest-weekday",
    "sunday-to-monday",
    "saturday-to-friday",
    "weekend-to-monday",
];
const ORD: [&str; 4] = ["first", "second", "third", "fourth"];

fn wname(w: Weekday) -> &'static str {
    WEEKDAY_NAMES[w.num_days_from_monday() as usize]
}

fn month_len(month: u32) -> u32 {
    [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][(month - 1) as usize]
}

fn rule() -> impl Strategy<Value = Rule> {
    let wd = (0usize..7).prop_map(|i| WEEKDAYS[i]);
    prop_oneof![
        (1u32..=12, 1u32..=31).prop_map(|(m, d)| Rule::Fixed {
            month: m,
            day: d.min(month_len(m))
        }),
        (1u32..=4, wd.clone(), 1u32..=12).prop_map(|(n, w, m)| Rule::Nth {
            n,
            weekday: w,
            month: m
        }),
        (wd.clone(), 1u32..=12).prop_map(|(w, m)| Rule::Last {
            weekday: w,
            month: m
        }),
        (wd, 1u32..=12, 1u32..=28).prop_map(|(w, m, d)| Rule::After {
            weekday: w,
            month: m,
            day: d
        }),
    ]
}

fn gen_calendar() -> impl Strategy<Value = GenCalendar> {
    let holiday = (
        rule(),
        -3i64..=3,
        0usize..5,
        proptest::option::of(1900i32..2100),
        0i32..150,
    )
        .prop_map(|(rule, offset, obs, from, span)| GenHoliday {
            rule,
            offset,
            observed: OBSERVED[obs],
            from,
            until: from.map(|f| f + span),
        });
    (
        proptest::sample::subsequence(WEEKDAYS.to_vec(), 0..=4),
        proptest::collection::vec(holiday, 0..12),
        proptest::collection::vec((window_date(), 0u64..20), 0..8),
    )
        .prop_map(|(weekend, holidays, closures)| GenCalendar {
            weekend,
            holidays,
            closures,
        })
}

impl GenCalendar {
    fn toml(&self) -> String {
        let mut s = String::from(
            "[calendar]\nid = \"gen\"\nname = \"Generated\"\ncitation = \"generated\"\n",
        );
        let wk: Vec<String> = self
            .weekend
            .iter()
            .map(|w| format!("\"{}\"", wname(*w)))
            .collect();
        s.push_str(&format!(
            "weekend = [{}]\nvalid_from = 1900-01-01\nverified_through = 2200-12-31\n",
            wk.join(", ")
        ));
        for h in &self.holidays {
            let base = match &h.rule {
                Rule::Fixed { month, day } => format!("{} {day}", MONTHS[(*month - 1) as usize]),
                Rule::Nth { n, weekday, month } => format!(
                    "{} {} of {}",
                    ORD[(*n - 1) as usize],
                    wname(*weekday),
                    MONTHS[(*month - 1) as usize]
                ),
                Rule::Last { weekday, month } => format!(
                    "last {} of {}",
                    wname(*weekday),
                    MONTHS[(*month - 1) as usize]
                ),
                Rule::After {
                    weekday,
                    month,
                    day,
                } => format!(
                    "first {} after {} {day}",
                    wname(*weekday),
                    MONTHS[(*month - 1) as usize]
                ),
            };
            let on = match h.offset {
                0 => base,
                o if o > 0 => format!("{base} + {o} days"),
                o => format!("{base} - {} days", -o),
            };
            s.push_str(&format!("\n[[holiday]]\nname = \"H\"\non = \"{on}\"\nobserved = \"{}\"\ncitation = \"generated\"\n", h.observed));
            if let Some(f) = h.from {
                s.push_str(&format!("from = {f}\n"));
            }
            if let Some(u) = h.until {
                s.push_str(&format!("until = {u}\n"));
            }
        }
        for (d, len) in &self.closures {
            let last = (*d + Days::new(*len)).min(NaiveDate::from_ymd_opt(2200, 12, 31).unwrap());
            s.push_str(&format!("\n[[closure]]\ndate = {d}\nthrough = {last}\nname = \"C\"\ncitation = \"generated\"\n"));
        }
        s
    }

    /// The actual date of `h` in `year`, by walking the days of the month.
    fn actual(h: &GenHoliday, year: i32) -> NaiveDate {
        let days_of = |m: u32| (1..=31).filter_map(move |d| NaiveDate::from_ymd_opt(year, m, d));
        let base = match &h.rule {
            Rule::Fixed { month, day } => NaiveDate::from_ymd_opt(year, *month, *day).unwrap(),
            Rule::Nth { n, weekday, month } => days_of(*month)
                .filter(|d| d.weekday() == *weekday)
                .nth((*n - 1) as usize)
                .unwrap(),
            Rule::Last { weekday, month } => {
                days_of(*month).rfind(|d| d.weekday() == *weekday).unwrap()
            }
            Rule::After {
                weekday,
                month,
                day,
            } => {
                let mut d = NaiveDate::from_ymd_opt(year, *month, *day)
                    .unwrap()
                    .succ_opt()
                    .unwrap();
                while d.weekday() != *weekday {
                    d = d.succ_opt().unwrap();
                }
                d
            }
        };
        base + chrono::TimeDelta::days(h.offset)
    }

    fn observed(h: &GenHoliday, actual: NaiveDate) -> NaiveDate {
        let wd = actual.weekday();
        let shift = match (h.observed, wd) {
            ("nearest-weekday" | "saturday-to-friday", Weekday::Sat) => -1,
            ("weekend-to-monday", Weekday::Sat) => 2,
            ("nearest-weekday" | "sunday-to-monday" | "weekend-to-monday", Weekday::Sun) => 1,
            _ => 0,
        };
        actual + chrono::TimeDelta::days(shift)
    }

    fn is_open(&self, d: NaiveDate) -> bool {
        if self.weekend.contains(&d.weekday()) {
            return false;
        }
        for h in &self.holidays {
            for year in d.year() - 1..=d.year() + 1 {
                let in_force =
                    h.from.is_none_or(|f| year >= f) && h.until.is_none_or(|u| year <= u);
                if in_force && Self::observed(h, Self::actual(h, year)) == d {
                    return false;
                }
            }
        }
        !self
            .closures
            .iter()
            .any(|(c, len)| d >= *c && d <= *c + Days::new(*len))
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn generated_calendars_agree_with_the_naive_model(g in gen_calendar(), probes in proptest::collection::vec(window_date(), 200)) {
        let text = g.toml();
        let book = RuleBook::from_toml_str("gen.toml", &text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let cal = book.calendar("gen").unwrap();
        // Random days, plus the days around every holiday and closure of a random year.
        let mut days = probes.clone();
        for p in &probes[..5] {
            for h in &g.holidays {
                let a = GenCalendar::actual(h, p.year());
                for k in -3..=3 {
                    if let Some(x) = a.checked_add_signed(chrono::TimeDelta::days(k)) {
                        if (1900..=2200).contains(&x.year()) { days.push(x); }
                    }
                }
            }
        }
        for d in days {
            prop_assert_eq!(cal.is_court_day(d).unwrap(), g.is_open(d), "{}\n{}", d, text);
            prop_assert_eq!(cal.why_closed(d).unwrap().is_empty(), g.is_open(d));
        }
        // Court-day arithmetic against the naive model.
        let d = probes[0];
        for n in [1u32, 2, 5, 17] {
            if let Ok(r) = cal.nth_court_day_after(d, n) {
                let mut count = 0;
                let mut x = d;
                while count < n { x = x.succ_opt().unwrap(); if g.is_open(x) { count += 1; } }
                prop_assert_eq!(r, x);
            }
        }
    }
}

#[test]
fn bundled_calendars_all_load_and_are_compact() {
    for id in IDS {
        let cal = book().calendar(id).unwrap();
        assert!(
            cal.table_bytes() <= 32 * 1024,
            "{id}: {} bytes",
            cal.table_bytes()
        );
        let (a, b) = cal.window();
        assert_eq!((a.year(), b.year()), (1900, 2200));
    }
}
