//! Runs `examples/holidays.rs` and checks its real output. Expected dates
//! come from the calendars' authorities (Cal. Gov. Code § 6700, Code Civ.
//! Proc. § 135, Cal. Rules of Court, rule 1.11), not from the tool.

#[path = "../../examples/holidays.rs"]
#[allow(dead_code)]
mod holidays;

use clap::Parser;

fn run(args: &[&str]) -> Result<String, String> {
    let mut out = Vec::new();
    let mut argv = vec!["holidays"];
    argv.extend_from_slice(args);
    holidays::run(holidays::Args::parse_from(argv), &mut out)?;
    Ok(String::from_utf8(out).expect("UTF-8 output"))
}

#[test]
fn lists_a_years_holidays_with_citations() {
    let text = run(&["us-ca", "2026"]).unwrap();
    // Independence Day 2026 is a Saturday: observed Friday, July 3 (rule 1.11).
    assert!(
        text.contains(
            "2026-07-03  Friday     Independence Day (observed; falls on Saturday, July 4, 2026)"
        ),
        "{text}"
    );
    // Cesar Chavez Day, March 31 (Gov. Code § 6700(a)).
    assert!(
        text.contains("2026-03-31  Tuesday    Cesar Chavez Day"),
        "{text}"
    );
    assert!(text.contains("Cal. Code Civ. Proc. § 135"), "{text}");
    assert!(text.contains("Weekend: Saturday, Sunday"), "{text}");
}

#[test]
fn json_has_iso_dates() {
    let text = run(&["us-federal", "2025", "--json"]).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let dates: Vec<&str> = v["holidays"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["date"].as_str().unwrap())
        .collect();
    // Jan 9, 2025: Exec. Order No. 14133; Dec 26, 2025: Exec. Order No. 14371.
    assert!(
        dates.contains(&"2025-01-09") && dates.contains(&"2025-12-26"),
        "{dates:?}"
    );
}

#[test]
fn lists_calendars_and_refuses_unknown_ones() {
    let text = run(&["--list"]).unwrap();
    assert!(
        text.contains("us-federal") && text.contains("us-ma"),
        "{text}"
    );
    let err = run(&["us-fedral", "2026"]).unwrap_err();
    assert!(err.contains("did you mean \"us-federal\""), "{err}");
    // Outside the coverage of a calendar the listing says so.
    let text = run(&["us-ny", "2026"]).unwrap();
    assert!(
        text.contains("warning: us-ny is verified only from 2000-01-01 through 2024-12-31"),
        "{text}"
    );
}
