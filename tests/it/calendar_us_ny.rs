//! New York public holidays (GCL § 24) as they close the state courts.
//!
//! Official lists: the Unified Court System (UCS) holiday list was found for
//! 2024 only (NYC Civil Court, Housing Part, "Court Terms & Holidays",
//! https://nycourts.gov/courts/nyc/housing/calendar.shtml). No official UCS
//! list was found for 2025, 2026 or 2027; those years are written from the
//! statute (N.Y. Gen. Constr. Law § 24), and each source string says so.
//!
//! GCL § 24 (text as amended by L. 2020, c. 249, quoted in 2025 bills S5214
//! and S6144): "... the nineteenth day of June, known as Juneteenth; ... and
//! the twenty-fifth day of December, known as Christmas day, and if any of
//! such days except Flag day is Sunday, the next day thereafter; each general
//! election day, ..." -- Sunday holidays move to Monday, Saturday holidays do
//! not move.

use crate::common;
use common::*;

const GCL24: &str =
    "N.Y. Gen. Constr. Law § 24 (statute only: no official UCS list found for this year)";

#[test]
fn ucs_2024_official_list() {
    // nycourts.gov "2024 Holidays" table, every row: New Year's Day Monday
    // January 1; Dr. Martin Luther King, Jr. Day Monday January 15; Lincoln's
    // Birthday Monday February 12; President's Day Monday February 19;
    // Memorial Day Monday May 27; Juneteenth Wednesday June 19; Independence
    // Day Thursday July 4; Labor Day Monday September 2; Columbus Day Monday
    // October 14; Election Day Tuesday November 5; Veterans Day Monday
    // November 11; Thanksgiving Day Thursday November 28; Christmas Day
    // Wednesday December 25.
    assert_weekday_closures(
        "us-ny",
        2024,
        &[
            ("2024-01-01", "New Year's Day"),
            ("2024-01-15", "Dr. Martin Luther King, Jr. Day"),
            ("2024-02-12", "Lincoln's Birthday"),
            ("2024-02-19", "President's Day"),
            ("2024-05-27", "Memorial Day"),
            ("2024-06-19", "Juneteenth"),
            ("2024-07-04", "Independence Day"),
            ("2024-09-02", "Labor Day"),
            ("2024-10-14", "Columbus Day"),
            ("2024-11-05", "Election Day"),
            ("2024-11-11", "Veterans Day"),
            ("2024-11-28", "Thanksgiving Day"),
            ("2024-12-25", "Christmas Day"),
        ],
        "NY UCS, NYC Civil Court - Housing Part, Court Terms & Holidays, 2024 Holidays, https://nycourts.gov/courts/nyc/housing/calendar.shtml",
    );
}

#[test]
fn statute_2025() {
    // No Saturday or Sunday holiday in 2025. eLaw's secondary list agrees for
    // the dates it shows (Thanksgiving Nov 27 and Christmas Dec 25, "Federal
    // & State Courts").
    assert_weekday_closures(
        "us-ny",
        2025,
        &[
            ("2025-01-01", "New Year's Day"),
            ("2025-01-20", "Dr. Martin Luther King, Jr. Day"),
            ("2025-02-12", "Lincoln's Birthday"),
            ("2025-02-17", "Washington's Birthday"),
            ("2025-05-26", "Memorial Day"),
            ("2025-06-19", "Juneteenth"),
            ("2025-07-04", "Independence Day"),
            ("2025-09-01", "Labor Day"),
            ("2025-10-13", "Columbus Day"),
            ("2025-11-04", "General Election Day"),
            ("2025-11-11", "Veterans' Day"),
            ("2025-11-27", "Thanksgiving Day"),
            ("2025-12-25", "Christmas Day"),
        ],
        GCL24,
    );
}

#[test]
fn statute_2026() {
    // July 4, 2026 is a Saturday: GCL 24 does not move it, so no weekday.
    // CAUTION: a secondary source (eLaw blog, "New York State & Federal
    // holidays", 2026) lists "Friday, July 3, 2026, Independence Day Observed
    // (Federal & State Courts)". Not confirmed by an official UCS list; see
    // the note in rules/calendars/us-ny.toml. Flag Day (Sunday June 14) closes
    // no weekday.
    assert_weekday_closures(
        "us-ny",
        2026,
        &[
            ("2026-01-01", "New Year's Day"),
            ("2026-01-19", "Dr. Martin Luther King, Jr. Day"),
            ("2026-02-12", "Lincoln's Birthday"),
            ("2026-02-16", "Washington's Birthday"),
            ("2026-05-25", "Memorial Day"),
            ("2026-06-19", "Juneteenth"),
            ("2026-09-07", "Labor Day"),
            ("2026-10-12", "Columbus Day"),
            ("2026-11-03", "General Election Day"),
            ("2026-11-11", "Veterans' Day"),
            ("2026-11-26", "Thanksgiving Day"),
            ("2026-12-25", "Christmas Day"),
        ],
        GCL24,
    );
}

#[test]
fn statute_2027() {
    // June 19 and December 25, 2027 are Saturdays (not moved); July 4, 2027
    // is a Sunday, so "the next day thereafter", Monday July 5, is the
    // holiday. January 1, 2028 is a Saturday: no Friday Dec 31, 2027.
    assert_weekday_closures(
        "us-ny",
        2027,
        &[
            ("2027-01-01", "New Year's Day"),
            ("2027-01-18", "Dr. Martin Luther King, Jr. Day"),
            ("2027-02-12", "Lincoln's Birthday"),
            ("2027-02-15", "Washington's Birthday"),
            ("2027-05-31", "Memorial Day"),
            ("2027-07-05", "Independence Day (Sunday July 4)"),
            ("2027-09-06", "Labor Day"),
            ("2027-10-11", "Columbus Day"),
            ("2027-11-02", "General Election Day"),
            ("2027-11-11", "Veterans' Day"),
            ("2027-11-25", "Thanksgiving Day"),
        ],
        GCL24,
    );
}

#[test]
fn lincolns_birthday_is_a_state_court_holiday() {
    // UCS 2024 list: "Lincoln's Birthday | Monday | February 12".
    assert_closed(
        "us-ny",
        "2024-02-12",
        "Lincoln",
        "NY UCS 2024 Holidays, https://nycourts.gov/courts/nyc/housing/calendar.shtml",
    );
    // GCL 24: "the twelfth day of February, known as Lincoln's birthday".
    assert_closed(
        "us-ny",
        "2026-02-12",
        "Lincoln",
        "N.Y. Gen. Constr. Law § 24",
    );
}

#[test]
fn election_day_is_a_state_court_holiday_every_year() {
    // UCS 2024 list: "Election Day | Tuesday | November 5".
    assert_closed(
        "us-ny",
        "2024-11-05",
        "Election",
        "NY UCS 2024 Holidays, https://nycourts.gov/courts/nyc/housing/calendar.shtml",
    );
    // GCL 24: "each general election day" -- odd years too (New York holds a
    // general election every November).
    assert_closed(
        "us-ny",
        "2025-11-04",
        "Election",
        "N.Y. Gen. Constr. Law § 24",
    );
}

#[test]
fn sunday_holiday_moves_to_monday() {
    // GCL 24: "if any of such days except Flag day is Sunday, the next day
    // thereafter". July 4, 2027 is a Sunday.
    assert_closed(
        "us-ny",
        "2027-07-05",
        "Independence",
        "N.Y. Gen. Constr. Law § 24",
    );
}

#[test]
fn federal_closures_that_are_not_ny_holidays() {
    // Tuesday Dec 24, 2024: federal agencies closed by the President's
    // executive order of Dec 19, 2024, but the UCS 2024 list (complete for the
    // year) does not list it: state courts open.
    assert_open(
        "us-ny",
        "2024-12-24",
        "NY UCS 2024 Holidays (no Dec 24), https://nycourts.gov/courts/nyc/housing/calendar.shtml",
    );
    // Thursday Jan 9, 2025: National Day of Mourning for President Carter
    // (E.O. 14133); "Most federal government offices will be closed on
    // Thursday. This includes the federal court offices in Manhattan and
    // Brooklyn — however, state courts will be in session as usual."
    assert_open(
        "us-ny",
        "2025-01-09",
        "NY Daily News, 'Jimmy Carter national day of mourning: What's closed in NYC', Jan. 8, 2025, as republished at https://ljnewsopinions.com/jimmy-carter-national-day-of-mourning-whats-closed-in-nyc (state courts in session)",
    );
    // The day after Thanksgiving is not in GCL 24 nor on the UCS 2024 list
    // (S.D.N.Y. and E.D.N.Y. close it; the state courts do not).
    assert_open(
        "us-ny",
        "2024-11-29",
        "NY UCS 2024 Holidays (no Nov 29), https://nycourts.gov/courts/nyc/housing/calendar.shtml",
    );
}

#[test]
fn juneteenth_first_in_force_2021() {
    // L. 2020, c. 249 added "the nineteenth day of June, known as Juneteenth"
    // after June 19, 2020 (2020 was covered only by an executive order for
    // state employees). June 19, 2022 was a Sunday: observed Monday June 20.
    assert_closed(
        "us-ny",
        "2022-06-20",
        "Juneteenth",
        "N.Y. Gen. Constr. Law § 24 as amended by L. 2020, c. 249 (S8598/A10628)",
    );
}
