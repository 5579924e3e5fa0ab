//! Every state and territory calendar checked against its proof file,
//! `tests/cases/calendars/<id>.toml`: for each year listed, every
//! Monday-to-Friday day the calendar closes, and every weekday legal holiday
//! on which the court stays open, exactly as the source gives them.
//!
//! Each `[[year]]` names its source: `official = true` for an official
//! judiciary or state list read for that year, `false` for a table derived
//! by hand from the statute's text. The expectations were written from those
//! sources, never from the engine's output.
//!
//! The executive-order closures of `us-federal` are checked against an
//! independent list of the orders (`us-federal-eo.toml`), each with its
//! citation and the operative words of the order.

use crate::common;

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, Weekday};
use common::book;
use court_deadlines::ClosureKind;

fn cases_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/calendars")
}

fn date(v: &toml::Value) -> NaiveDate {
    let s = v
        .as_str()
        .unwrap_or_else(|| panic!("a date string, got {v:?}"));
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn pairs(v: Option<&toml::Value>) -> BTreeMap<NaiveDate, String> {
    v.and_then(toml::Value::as_array)
        .map(|a| {
            a.iter()
                .map(|p| {
                    let p = p.as_array().expect("[date, name]");
                    (date(&p[0]), p[1].as_str().unwrap_or_default().to_owned())
                })
                .collect()
        })
        .unwrap_or_default()
}

fn weekday(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

#[test]
fn every_calendar_matches_its_sources_year_by_year() {
    let mut failures = Vec::new();
    let mut years_checked = 0;
    let mut official = 0;
    for entry in std::fs::read_dir(cases_dir()).expect("tests/cases/calendars") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name == "us-federal-eo.toml" {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable");
        let cases: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let id = cases["calendar"].as_str().expect("calendar = id");
        assert_eq!(
            format!("{id}.toml"),
            name,
            "the file is named after its calendar"
        );
        let cal = book().calendar(id).unwrap_or_else(|e| panic!("{e}"));
        for y in cases["year"].as_array().expect("[[year]]") {
            let year = y["year"].as_integer().expect("year") as i32;
            let source = y["source"].as_str().unwrap_or_default();
            assert!(!source.trim().is_empty(), "{id} {year}: no source");
            if y["official"].as_bool().expect("official = true/false") {
                official += 1;
            }
            let want_closed = pairs(y.get("closed"));
            let want_open = pairs(y.get("court_open"));
            let (mut got_closed, mut got_open) = (BTreeMap::new(), BTreeMap::new());
            for h in cal.holidays(year).expect("in the window") {
                if weekday(h.date) {
                    let into = if h.court_open {
                        &mut got_open
                    } else {
                        &mut got_closed
                    };
                    into.insert(h.date, h.name.clone());
                }
            }
            for (what, got, want) in [
                ("closed", &got_closed, &want_closed),
                ("court-open", &got_open, &want_open),
            ] {
                for d in got.keys().filter(|d| !want.contains_key(d)) {
                    failures.push(format!(
                        "{id} {year}: the calendar has {what} {d} ({}), the source does not ({source})",
                        got[d]
                    ));
                }
                for d in want.keys().filter(|d| !got.contains_key(d)) {
                    failures.push(format!(
                        "{id} {year}: the source has {what} {d} ({}), the calendar does not ({source})",
                        want[d]
                    ));
                }
            }
            years_checked += 1;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(years_checked > 300, "only {years_checked} years checked");
    assert!(official > 20, "only {official} years from official lists");
}

#[test]
fn every_state_and_territory_calendar_has_a_proof_file() {
    // The five calendars with hand-written test files of their own, the
    // federal ones and a circuit's own list are exempt.
    let own_tests = [
        "us-ca",
        "us-ny",
        "us-tx",
        "us-fl",
        "us-ma",
        "us-federal",
        "us-federal-dc",
        "us-fl-3rd-circuit",
    ];
    for cal in book().calendars() {
        if own_tests.contains(&cal.id()) {
            continue;
        }
        assert!(
            cases_dir().join(format!("{}.toml", cal.id())).exists(),
            "{} has no tests/cases/calendars/{}.toml",
            cal.id(),
            cal.id()
        );
    }
}

#[test]
fn executive_order_closures_are_exactly_the_orders() {
    let text = std::fs::read_to_string(cases_dir().join("us-federal-eo.toml")).expect("readable");
    let list: toml::Table = toml::from_str(&text).expect("valid TOML");
    let mut want = Vec::new();
    for o in list["order"].as_array().expect("[[order]]") {
        for key in ["order", "citation", "quote", "source"] {
            assert!(
                o.get(key)
                    .and_then(toml::Value::as_str)
                    .is_some_and(|s| !s.is_empty()),
                "{o:?}: no {key}"
            );
        }
        want.push(date(&o["date"]));
    }
    want.sort();
    let federal = book().calendar("us-federal").expect("bundled");
    let mut got = Vec::new();
    for year in 1971..=2026 {
        for h in federal.holidays(year).expect("in the window") {
            if h.closure_kind == Some(ClosureKind::ExecutiveOrder) {
                got.push(h.date);
            }
        }
    }
    assert_eq!(got, want);
    // Days that look alike but did not close executive departments for a
    // whole day are not closures.
    for o in list["not_closed"].as_array().expect("[[not_closed]]") {
        let d = date(&o["date"]);
        assert!(!got.contains(&d), "{d} is listed as not a full-day closure");
    }
}

/// Fed. R. Civ. P. 6(a)(1)(C), 6(a)(6)(C) (and the FRAP, FRBP and FRCrP
/// twins): a period measured after an event never ends on a Saturday, a
/// Sunday, a federal legal holiday or a day declared a holiday by the state
/// where the court is located. Checked for every bundled federal court over
/// pseudo-random triggers and periods, each calendar asked on its own.
#[test]
fn forward_periods_in_federal_courts_never_end_on_a_state_or_federal_holiday() {
    use court_deadlines::{Direction, Trigger};
    let federal = book().calendar("us-federal").expect("bundled");
    let mut seed: u64 = 0x0009_2026_1205;
    let mut next = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let mut checked = 0;
    for c in book().courts() {
        let Some(rules) = ["frcp", "frbp", "frap"]
            .into_iter()
            .find(|r| c.rule_set_ids().iter().any(|x| x == r))
        else {
            continue;
        };
        let states: Vec<_> = c
            .forward_only_calendar_ids()
            .iter()
            .map(|id| book().calendar(id).expect("bundled"))
            .collect();
        for _ in 0..60 {
            let trigger =
                NaiveDate::from_ymd_opt(2010, 1, 1).unwrap() + chrono::Days::new(next(365 * 17));
            let days = 1 + next(90);
            let due = c
                .compute_period(
                    rules,
                    format!("{days} days"),
                    Direction::After,
                    &Trigger::on(trigger),
                )
                .unwrap_or_else(|e| panic!("{} {rules} {days} days after {trigger}: {e}", c.id()));
            let d = due.date;
            let why = format!("{} {rules} {days} days after {trigger} -> {d}", c.id());
            assert!(weekday(d), "{why}: a weekend day");
            assert!(federal.is_court_day(d).unwrap(), "{why}: a federal holiday");
            for s in &states {
                assert!(s.is_court_day(d).unwrap(), "{why}: a holiday of {}", s.id());
            }
            checked += 1;
        }
    }
    assert!(checked > 10_000, "{checked}");
}

/// Dietrich v. John Ascuaga's Nugget (9th Cir. 2008) (reporter citation
/// RECALLED as 548 F.3d 892, n.3), as described by the California Appellate
/// Report blog (calapp.blogspot.com, Dec. 2008): the judgment "became final
/// ... on September 27, 2006, and the notice of appeal was filed on Monday,
/// October 30, 2006"; the thirty days "would appear to have ended on Friday,
/// October 27, 2006", but that day was Nevada Day (Nev. Rev. Stat.
/// § 236.015(1): observed "on the last Friday in October"), a holiday of the
/// state of the district court under Fed. R. App. P. 26(a). The notice was
/// timely.
#[test]
fn dietrich_2008_nevada_day_extends_a_notice_of_appeal() {
    use court_deadlines::Trigger;
    let ca9 = book().court("ca9").expect("bundled");
    let entered = NaiveDate::from_ymd_opt(2006, 9, 27).unwrap();
    let due = ca9
        .compute(
            "frap.notice-of-appeal-civil",
            &Trigger::on(entered).origin_court("nvd"),
        )
        .expect("computes");
    assert_eq!(
        due.date,
        NaiveDate::from_ymd_opt(2006, 10, 30).unwrap(),
        "{due}"
    );
    // The Ninth Circuit's clerk sits in California, where October 27, 2006
    // was an ordinary Friday: without the court of origin the date is
    // earlier, and the Nevada holiday is the whole difference.
    let without = ca9
        .compute("frap.notice-of-appeal-civil", &Trigger::on(entered))
        .expect("computes");
    assert_eq!(without.date, NaiveDate::from_ymd_opt(2006, 10, 27).unwrap());
}

#[test]
fn the_readmes_calendar_table_matches_the_bundled_calendars() {
    // The README's "Bundled calendars" table states each calendar's
    // coverage; a stale row would mislead a reader about what is verified.
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let mut rows: BTreeMap<String, (String, String)> = BTreeMap::new();
    for line in readme.lines() {
        let Some(rest) = line.strip_prefix("| `us-") else {
            continue;
        };
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let id = format!("us-{}", rest.split('`').next().unwrap_or_default());
        let n = cells.len();
        if n >= 5 {
            rows.insert(id, (cells[n - 3].to_owned(), cells[n - 2].to_owned()));
        }
    }
    for cal in book().calendars() {
        let cov = cal.coverage();
        let row = rows
            .get(cal.id())
            .unwrap_or_else(|| panic!("README has no row for {}", cal.id()));
        assert_eq!(
            (row.0.as_str(), row.1.as_str()),
            (
                cov.valid_from.to_string().as_str(),
                cov.verified_through.to_string().as_str()
            ),
            "README row for {}",
            cal.id()
        );
    }
    assert_eq!(
        rows.len(),
        book().calendars().count(),
        "README rows: {:?}",
        rows.keys()
    );
}
