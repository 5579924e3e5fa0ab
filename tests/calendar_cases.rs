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

mod common;

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
