//! Massachusetts legal holidays (M.G.L. c. 4, § 7, cl. Eighteenth).
//!
//! Official lists: the Massachusetts Trial Court's "Legal Holidays" list for
//! calendar years 2015 and 2016
//! (http://www.mass.gov/courts/court-info/trial-court/exec-office/ocm/legal-holidays.html)
//! was found and is tested below. No official list was found for 2024, 2025,
//! 2026 or 2027; those years are written from the statute, and each source
//! string says so.
//!
//! Clause Eighteenth (current text, with "June nineteenth" inserted by H.4802
//! amendment #81 § 2B, signed July 24, 2020): "'Legal holiday' shall include
//! January first, June nineteenth, July fourth, November eleventh, and
//! Christmas Day, or the day following when any of said days occurs on
//! Sunday, and the third Monday in January, the third Monday in February, the
//! third Monday in April, the last Monday in May, the first Monday in
//! September, the second Monday in October, and Thanksgiving Day."

use crate::common;
use common::*;

const TRIAL_COURT_2015_2016: &str = "Massachusetts Trial Court, Legal Holidays for calendar years 2015 and 2016, http://www.mass.gov/courts/court-info/trial-court/exec-office/ocm/legal-holidays.html";
const STATUTE: &str =
    "M.G.L. c. 4, § 7, cl. Eighteenth (statute only: no official list found for this year)";

#[test]
fn trial_court_2015_official_list() {
    // "January 1 (Thursday), January 19 (Monday), February 16 (Monday),
    // April 20 (Monday), May 25 (Monday), July 4 (Saturday)*, September 7
    // (Monday), October 12 (Monday), November 11 (Wednesday), November 26
    // (Thursday), December 25 (Friday)". "* In the event a legal holiday
    // falls on a Saturday, all offices ... shall be open to the public for
    // business on the Friday immediately preceding any Saturday holiday."
    assert_weekday_closures(
        "us-ma",
        2015,
        &[
            ("2015-01-01", "New Year's Day"),
            ("2015-01-19", "Martin Luther King Day"),
            ("2015-02-16", "President's Day"),
            ("2015-04-20", "Patriots' Day"),
            ("2015-05-25", "Memorial Day"),
            ("2015-09-07", "Labor Day"),
            ("2015-10-12", "Columbus Day"),
            ("2015-11-11", "Veterans' Day"),
            ("2015-11-26", "Thanksgiving Day"),
            ("2015-12-25", "Christmas Day"),
        ],
        TRIAL_COURT_2015_2016,
    );
}

#[test]
fn trial_court_2016_official_list() {
    // "January 1 (Friday), January 18 (Monday), February 15 (Monday), April
    // 18 (Monday), May 30 (Monday), July 4 (Monday), September 5 (Monday),
    // October 10 (Monday), November 11 (Friday), November 24 (Thursday),
    // December 25 (Sunday)**". "** In the event a legal holiday falls on a
    // Sunday, the holiday will be observed on the following Monday."
    assert_weekday_closures(
        "us-ma",
        2016,
        &[
            ("2016-01-01", "New Year's Day"),
            ("2016-01-18", "Martin Luther King Day"),
            ("2016-02-15", "President's Day"),
            ("2016-04-18", "Patriots' Day"),
            ("2016-05-30", "Memorial Day"),
            ("2016-07-04", "Independence Day"),
            ("2016-09-05", "Labor Day"),
            ("2016-10-10", "Columbus Day"),
            ("2016-11-11", "Veterans' Day"),
            ("2016-11-24", "Thanksgiving Day"),
            (
                "2016-12-26",
                "Christmas Day (Sunday Dec 25, observed Monday)",
            ),
        ],
        TRIAL_COURT_2015_2016,
    );
}

#[test]
fn saturday_holiday_is_not_moved_to_friday() {
    // Trial Court list, 2015: "July 4 (Saturday)*" -- offices "open to the
    // public for business on the Friday immediately preceding any Saturday
    // holiday." Friday July 3, 2015 was a federal observed holiday.
    assert_open("us-ma", "2015-07-03", TRIAL_COURT_2015_2016);
    // Same rule (clause Eighteenth moves only Sunday holidays): Friday July
    // 3, 2026 is the federal observed Independence Day but not a
    // Massachusetts legal holiday.
    assert_open(
        "us-ma",
        "2026-07-03",
        "M.G.L. c. 4, § 7, cl. Eighteenth (only Sunday holidays move)",
    );
}

#[test]
fn statute_2024() {
    assert_weekday_closures(
        "us-ma",
        2024,
        &[
            ("2024-01-01", "New Year's Day"),
            ("2024-01-15", "Martin Luther King Day"),
            ("2024-02-19", "Washington's Birthday"),
            ("2024-04-15", "Patriots' Day"),
            ("2024-05-27", "Memorial Day"),
            ("2024-06-19", "Juneteenth Independence Day"),
            ("2024-07-04", "Independence Day"),
            ("2024-09-02", "Labor Day"),
            ("2024-10-14", "Columbus Day"),
            ("2024-11-11", "Veterans' Day"),
            ("2024-11-28", "Thanksgiving Day"),
            ("2024-12-25", "Christmas Day"),
        ],
        STATUTE,
    );
}

#[test]
fn statute_2025() {
    assert_weekday_closures(
        "us-ma",
        2025,
        &[
            ("2025-01-01", "New Year's Day"),
            ("2025-01-20", "Martin Luther King Day"),
            ("2025-02-17", "Washington's Birthday"),
            ("2025-04-21", "Patriots' Day"),
            ("2025-05-26", "Memorial Day"),
            ("2025-06-19", "Juneteenth Independence Day"),
            ("2025-07-04", "Independence Day"),
            ("2025-09-01", "Labor Day"),
            ("2025-10-13", "Columbus Day"),
            ("2025-11-11", "Veterans' Day"),
            ("2025-11-27", "Thanksgiving Day"),
            ("2025-12-25", "Christmas Day"),
        ],
        STATUTE,
    );
}

#[test]
fn statute_2026() {
    // July 4, 2026 is a Saturday: not moved.
    assert_weekday_closures(
        "us-ma",
        2026,
        &[
            ("2026-01-01", "New Year's Day"),
            ("2026-01-19", "Martin Luther King Day"),
            ("2026-02-16", "Washington's Birthday"),
            ("2026-04-20", "Patriots' Day"),
            ("2026-05-25", "Memorial Day"),
            ("2026-06-19", "Juneteenth Independence Day"),
            ("2026-09-07", "Labor Day"),
            ("2026-10-12", "Columbus Day"),
            ("2026-11-11", "Veterans' Day"),
            ("2026-11-26", "Thanksgiving Day"),
            ("2026-12-25", "Christmas Day"),
        ],
        STATUTE,
    );
}

#[test]
fn statute_2027() {
    // June 19 and December 25, 2027 are Saturdays (not moved); July 4, 2027
    // is a Sunday ("or the day following when any of said days occurs on
    // Sunday"): Monday July 5.
    assert_weekday_closures(
        "us-ma",
        2027,
        &[
            ("2027-01-01", "New Year's Day"),
            ("2027-01-18", "Martin Luther King Day"),
            ("2027-02-15", "Washington's Birthday"),
            ("2027-04-19", "Patriots' Day"),
            ("2027-05-31", "Memorial Day"),
            ("2027-07-05", "Independence Day (Sunday July 4)"),
            ("2027-09-06", "Labor Day"),
            ("2027-10-11", "Columbus Day"),
            ("2027-11-11", "Veterans' Day"),
            ("2027-11-25", "Thanksgiving Day"),
        ],
        STATUTE,
    );
}

#[test]
fn patriots_day() {
    // Trial Court list: "Patriots' Day ... April 20 (Monday)" in 2015.
    assert_closed("us-ma", "2015-04-20", "Patriots", TRIAL_COURT_2015_2016);
    // Clause Eighteenth: "the third Monday in April" -- April 20, 2026.
    assert_closed(
        "us-ma",
        "2026-04-20",
        "Patriots",
        "M.G.L. c. 4, § 7, cl. Eighteenth",
    );
}

#[test]
fn juneteenth_from_2021() {
    // Juneteenth was inserted into clause Eighteenth by H.4802 amendment #81
    // § 2B, signed July 24, 2020 (after June 19, 2020). June 19, 2022 was a
    // Sunday: observed Monday June 20, 2022.
    assert_closed(
        "us-ma",
        "2022-06-20",
        "Juneteenth",
        "M.G.L. c. 4, § 7, cl. Eighteenth ('June nineteenth ... or the day following when any of said days occurs on Sunday')",
    );
    // June 19, 2021 was a Saturday: not moved. "Many will be off on Friday,
    // June 18th in observance of the holiday. State employees will get a
    // floating day off and state offices will remain open."
    assert_open(
        "us-ma",
        "2021-06-18",
        "blog.mass.gov, 'New State Holiday: Juneteenth Independence Day' (2021): state offices open Friday June 18, 2021",
    );
}

#[test]
fn suffolk_county_holidays_are_not_statewide() {
    // Evacuation Day (March 17) and Bunker Hill Day (June 17) are legal
    // holidays "with respect to Suffolk county only"; Trial Court list: "All
    // court offices will remain open for business on March 17 and June 17."
    assert_open("us-ma", "2015-03-17", TRIAL_COURT_2015_2016);
    assert_open("us-ma", "2016-06-17", TRIAL_COURT_2015_2016);
}
