//! Properties over random rule sets generated here (not only the bundled
//! ones): a random calendar, a random counting convention, random service
//! extensions and random deadlines, loaded together and computed from random
//! triggers. Whatever the rules, the engine's invariants hold:
//! - with the roll in the counting direction, a result is a court day, on
//!   the right side of the trigger;
//! - replaying the explanation's steps with the calendar alone reaches every
//!   step's date;
//! - the date-only path agrees with the explained one;
//! - results are monotonic in the trigger date;
//! - the safe date is never later than the date.

use crate::common;

use chrono::{Days, NaiveDate};
use common::{MONTHS, WEEKDAY_NAMES};
use court_deadlines::{Direction, RuleBook, Trigger};
use proptest::prelude::*;

#[derive(Debug, Clone)]
struct Gen {
    weekend: Vec<&'static str>,
    holidays: Vec<(u32, u32)>,
    start: &'static str,
    short_under: Option<u32>,
    month_end: &'static str,
    service_add: u32,
    service_court_days: bool,
    service_when: &'static str,
    deadlines: Vec<(u32, &'static str, bool, bool)>,
}

const UNITS: [&str; 5] = ["days", "court days", "weeks", "months", "years"];

fn rules() -> impl Strategy<Value = Gen> {
    (
        proptest::sample::subsequence(WEEKDAY_NAMES.to_vec(), 0..=3),
        proptest::collection::vec((1u32..=12, 1u32..=28), 0..10),
        prop_oneof![Just("exclude-trigger-day"), Just("next-court-day")],
        proptest::option::of(2u32..12),
        prop_oneof![Just("clamp"), Just("next-month-start")],
        (
            0u32..6,
            any::<bool>(),
            prop_oneof![Just("after-period"), Just("extends-period")],
        ),
        proptest::collection::vec((1u32..60, 0usize..5, any::<bool>(), any::<bool>()), 1..6),
    )
        .prop_map(
            |(weekend, holidays, start, short_under, month_end, (add, court_days, when), dls)| {
                Gen {
                    weekend,
                    holidays,
                    start,
                    short_under,
                    month_end,
                    service_add: add,
                    service_court_days: court_days,
                    service_when: when,
                    deadlines: dls
                        .into_iter()
                        .map(|(n, u, before, ext)| {
                            let n = match UNITS[u] {
                                "months" => n % 24 + 1,
                                "years" => n % 3 + 1,
                                _ => n,
                            };
                            (n, UNITS[u], before, ext)
                        })
                        .collect(),
                }
            },
        )
}

impl Gen {
    fn book(&self) -> RuleBook {
        let mut cal = String::from(
            "[calendar]\nid = \"gen\"\nname = \"G\"\ncitation = \"generated\"\nobserved = \"nearest-weekday\"\nvalid_from = 1990-01-01\nverified_through = 2100-12-31\n",
        );
        let wk: Vec<String> = self.weekend.iter().map(|w| format!("\"{w}\"")).collect();
        cal.push_str(&format!("weekend = [{}]\n", wk.join(", ")));
        for (m, d) in &self.holidays {
            cal.push_str(&format!(
                "\n[[holiday]]\nname = \"H\"\non = \"{} {d}\"\ncitation = \"generated\"\n",
                MONTHS[(*m - 1) as usize]
            ));
        }
        let mut rs = format!(
            "[rule_set]\nid = \"gen-rules\"\nname = \"G\"\ncitation = \"generated\"\nvalid_from = 1990-01-01\n\n[rule_set.counting]\ncitation = \"generated 6(a)\"\nstart = \"{}\"\nroll = \"counting-direction\"\nservice_before_events = true\nmonth_end = \"{}\"\n",
            self.start, self.month_end
        );
        if let Some(n) = self.short_under {
            rs.push_str(&format!("short_period_under = {n}\n"));
        }
        let unit = if self.service_court_days {
            "court days"
        } else {
            "days"
        };
        rs.push_str(&format!(
            "\n[service.mail]\nname = \"Mail\"\ncitation = \"generated 6(d)\"\nadd = \"{} {unit}\"\nwhen = \"{}\"\n\n[event.e]\nname = \"E\"\n",
            self.service_add, self.service_when
        ));
        for (i, (n, u, before, ext)) in self.deadlines.iter().enumerate() {
            rs.push_str(&format!(
                "\n[deadline.d{i}]\nname = \"D{i}\"\ncitation = \"generated {i}\"\nfrom = \"e\"\nperiod = \"{n} {u}\"\ndirection = \"{}\"\nservice_extension = {ext}\n",
                if *before { "before" } else { "after" }
            ));
        }
        let courts = "[court.gen-court]\nname = \"G\"\nrule_sets = [\"gen-rules\"]\ncalendars = [\"gen\"]\ntime_zone = \"America/Chicago\"\n";
        RuleBook::builder()
            .toml_str("gen.toml", &cal)
            .toml_str("gen-rules.toml", &rs)
            .toml_str("courts.toml", courts)
            .build()
            .unwrap_or_else(|e| panic!("{e}\n{cal}\n{rs}"))
    }
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0u64..36_000).prop_map(|n| NaiveDate::from_ymd_opt(1995, 1, 1).unwrap() + Days::new(n))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn invariants_hold_under_random_rules(g in rules(), triggers in proptest::collection::vec(date(), 12), mail in any::<bool>(), gap in 1u64..30) {
        let book = g.book();
        let court = book.court("gen-court").unwrap();
        for dl in court.deadlines().expect("the rule set parses") {
            for &t in &triggers {
                let mut trig = Trigger::on(t);
                if mail {
                    trig = trig.served_by("mail");
                }
                let due = dl.compute(&trig).unwrap_or_else(|e| panic!("{e}"));
                let open = |day: NaiveDate| book.calendar("gen").unwrap().is_court_day(day).unwrap();
                prop_assert!(open(due.date), "not a court day\n{}", due);
                match dl.direction() {
                    Direction::After => prop_assert!(due.date > t, "{}", due),
                    Direction::Before => prop_assert!(due.date < t, "{}", due),
                }
                prop_assert_eq!(common::replay::replay(&book, &due), due.date);
                prop_assert_eq!(dl.due_date(&trig).unwrap(), due.date);
                // The precompiled plan (resolved now) agrees too.
                prop_assert_eq!(court_deadlines::fuzzing::due_date_planned(&dl, &trig).unwrap(), due.date);
                prop_assert!(due.safe_date <= due.date);
                let later = dl.compute(&Trigger::on(t + Days::new(gap))).unwrap().date;
                let now = dl.compute(&Trigger::on(t)).unwrap().date;
                prop_assert!(now <= later, "not monotonic: {t} -> {now}, +{gap} -> {later}");
            }
        }
    }
}
