//! Florida state-court legal holidays: the statewide calendar `us-fl`
//! (Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(6)(A) / Fla. Stat. § 110.117)
//! and the Third Judicial Circuit calendar `us-fl-3rd-circuit`
//! (2.514(a)(6)(B) days designated by the circuit).
//!
//! Official year lists found: the Third Judicial Circuit's "Holiday Schedule"
//! for 2024 and 2025 (https://thirdcircuitfl.org/court_calendars/3296), which
//! contains all nine § 110.117 days plus the circuit's own days. No Department
//! of Management Services list for 2024–2027 and no circuit list for 2026 or
//! 2027 was found, so the 2026 and 2027 statewide lists are written from
//! § 110.117 itself; their source strings say so.

use crate::common;
use common::*;

const THIRD_CIRCUIT: &str = "Third Judicial Circuit of Florida, Holiday Schedule \
    (https://thirdcircuitfl.org/court_calendars/3296)";

const STATUTE: &str = "Fla. Stat. § 110.117(1) (nine paid holidays; 'If any of these holidays falls on Saturday, the \
    preceding Friday shall be observed as a holiday. If any of these holidays falls on Sunday, the following Monday \
    shall be observed as a holiday.') as incorporated by Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(6)(A); \
    no official year list found, dates computed from the statute";

// Statewide: the nine § 110.117 days of each year. For 2024 and 2025 these are
// exactly the Third Circuit's listed days minus its 2.514(a)(6)(B) additions.

#[test]
fn statewide_2024() {
    // Third Circuit 2024 list, statewide days: "New Year's Day, Monday, January 1,
    // 2024 / Martin Luther King Day, Monday, January 15, 2024 / Memorial Day,
    // Monday, May 27, 2024 / Independence Day, Thursday, July 4, 2024 / Labor
    // Day, Monday, September 2, 2024 / Veterans Day, Monday, November 11, 2024 /
    // Thanksgiving Day, Thursday, November 28, 2024 / Friday after Thanksgiving,
    // Friday, November 29, 2024 / Christmas Day, Wednesday, December 25, 2024".
    assert_weekday_closures(
        "us-fl",
        2024,
        &[
            ("2024-01-01", "New Year's Day"),
            ("2024-01-15", "Martin Luther King Day"),
            ("2024-05-27", "Memorial Day"),
            ("2024-07-04", "Independence Day"),
            ("2024-09-02", "Labor Day"),
            ("2024-11-11", "Veterans Day"),
            ("2024-11-28", "Thanksgiving Day"),
            ("2024-11-29", "Friday after Thanksgiving"),
            ("2024-12-25", "Christmas Day"),
        ],
        "Third Judicial Circuit of Florida, Holiday Schedule 2024 (https://thirdcircuitfl.org/court_calendars/3296), \
         the days that are Fla. Stat. § 110.117 holidays",
    );
}

#[test]
fn statewide_2025() {
    // Third Circuit 2025 list, statewide days: "New Year's Day, Wednesday, January
    // 1, 2025 / Martin Luther King Day, Monday, January 20, 2025 / Memorial Day,
    // Monday, May 26, 2025 / Independence Day, Friday, July 4, 2025 / Labor Day,
    // Monday, September 1, 2025 / Veterans Day, Tuesday, November 11, 2025 /
    // Thanksgiving Day, Thursday, November 27, 2023 [sic] / Friday after
    // Thanksgiving, Friday, November 28, 2025 / Christmas Day, Thursday,
    // December 25, 2025".
    assert_weekday_closures(
        "us-fl",
        2025,
        &[
            ("2025-01-01", "New Year's Day"),
            ("2025-01-20", "Martin Luther King Day"),
            ("2025-05-26", "Memorial Day"),
            ("2025-07-04", "Independence Day"),
            ("2025-09-01", "Labor Day"),
            ("2025-11-11", "Veterans Day"),
            ("2025-11-27", "Thanksgiving Day"),
            ("2025-11-28", "Friday after Thanksgiving"),
            ("2025-12-25", "Christmas Day"),
        ],
        "Third Judicial Circuit of Florida, Holiday Schedule 2025 (https://thirdcircuitfl.org/court_calendars/3296), \
         the days that are Fla. Stat. § 110.117 holidays",
    );
}

#[test]
fn statewide_2026() {
    // Independence Day, Saturday July 4, 2026, is observed Friday July 3.
    assert_weekday_closures(
        "us-fl",
        2026,
        &[
            ("2026-01-01", "New Year's Day"),
            ("2026-01-19", "Birthday of Martin Luther King, Jr."),
            ("2026-05-25", "Memorial Day"),
            ("2026-07-03", "Independence Day (observed)"),
            ("2026-09-07", "Labor Day"),
            ("2026-11-11", "Veterans' Day"),
            ("2026-11-26", "Thanksgiving Day"),
            ("2026-11-27", "Friday after Thanksgiving"),
            ("2026-12-25", "Christmas Day"),
        ],
        STATUTE,
    );
}

#[test]
fn statewide_2027() {
    // Independence Day, Sunday July 4, 2027 -> Monday July 5; Christmas Day,
    // Saturday Dec. 25, 2027 -> Friday Dec. 24; New Year's Day 2028, a Saturday
    // -> Friday Dec. 31, 2027 (listed in 2027).
    assert_weekday_closures(
        "us-fl",
        2027,
        &[
            ("2027-01-01", "New Year's Day"),
            ("2027-01-18", "Birthday of Martin Luther King, Jr."),
            ("2027-05-31", "Memorial Day"),
            ("2027-07-05", "Independence Day (observed)"),
            ("2027-09-06", "Labor Day"),
            ("2027-11-11", "Veterans' Day"),
            ("2027-11-25", "Thanksgiving Day"),
            ("2027-11-26", "Friday after Thanksgiving"),
            ("2027-12-24", "Christmas Day (observed)"),
            ("2027-12-31", "New Year's Day 2028 (observed)"),
        ],
        STATUTE,
    );
}

#[test]
fn observed_days_statewide() {
    // § 110.117(1): "If any of these holidays falls on Saturday, the preceding
    // Friday shall be observed as a holiday."
    assert_closed("us-fl", "2026-07-03", "Independence Day", STATUTE);
    assert_closed("us-fl", "2027-12-24", "Christmas", STATUTE);
    assert_closed("us-fl", "2027-12-31", "New Year", STATUTE);
    // "If any of these holidays falls on Sunday, the following Monday shall be
    // observed as a holiday."
    assert_closed("us-fl", "2027-07-05", "Independence Day", STATUTE);
}

#[test]
fn friday_after_thanksgiving_is_a_legal_holiday() {
    // 2.514(a)(6)(A): "... Thanksgiving Day, the Friday after Thanksgiving Day,
    // or Christmas Day".
    assert_closed(
        "us-fl",
        "2025-11-28",
        "Friday after Thanksgiving",
        "Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(6)(A); Fla. Stat. § 110.117(1)(h)",
    );
}

#[test]
fn days_that_are_not_statewide_legal_holidays() {
    // Presidents' Day and Juneteenth are not in § 110.117 / 2.514(a)(6)(A).
    assert_open(
        "us-fl",
        "2025-02-17",
        "Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(6)(A) (Presidents' Day not listed)",
    );
    assert_open(
        "us-fl",
        "2025-06-19",
        "Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(6)(A) (Juneteenth not listed)",
    );
    // floridaappellate.com, "Columbus Day is Not a Holiday in Florida State
    // Court" (Oct. 2012): "unlike in Federal Court, today is just another Monday."
    assert_open(
        "us-fl",
        "2024-10-14",
        "Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(6)(A); floridaappellate.com, 'Columbus Day is Not a Holiday in \
         Florida State Court'",
    );
    // Good Friday is not statewide (floridaappellate.com, "Is Good Friday a
    // Court Holiday? It Depends": "Good Friday is not on the enumerated list").
    assert_open(
        "us-fl",
        "2025-04-18",
        "Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(6)(A); floridaappellate.com, 'Is Good Friday a Court Holiday? \
         It Depends' (2014)",
    );
    // The Governor closed state offices on Presidents' Day 2026 ("America 250"),
    // but Fifteenth Judicial Circuit, 2026 calendar: "President's Day - Monday,
    // February 16, 2026 and Columbus Day - Monday, October 12, 2026 are County
    // Holidays, not Court Holidays ... Courthouses will be open to the public.
    // Proclamations by the Governor during the year with regard to additional
    // holidays for State employees do not apply to the Courts."
    assert_open(
        "us-fl",
        "2026-02-16",
        "Fifteenth Judicial Circuit of Florida, 2026 suspension calendar (https://15thcircuit.com/division/rh/suspension-calendar)",
    );
    // Saturday holidays are observed on Friday, not on Monday: Monday Dec. 27,
    // 2027 is open (Christmas 2027 is observed Friday Dec. 24).
    assert_open("us-fl", "2027-12-27", STATUTE);
}

// Third Judicial Circuit: the full official lists.

#[test]
fn third_circuit_2024() {
    assert_weekday_closures(
        "us-fl-3rd-circuit",
        2024,
        &[
            ("2024-01-01", "New Year's Day"),
            ("2024-01-15", "Martin Luther King Day"),
            ("2024-03-29", "Good Friday"),
            ("2024-05-27", "Memorial Day"),
            ("2024-07-04", "Independence Day"),
            ("2024-07-05", "Day after Independance Day"),
            ("2024-09-02", "Labor Day"),
            ("2024-10-03", "Rosh Hashanah"),
            ("2024-11-11", "Veterans Day"),
            ("2024-11-28", "Thanksgiving Day"),
            ("2024-11-29", "Friday after Thanksgiving"),
            ("2024-12-24", "Christmas Eve"),
            ("2024-12-25", "Christmas Day"),
        ],
        THIRD_CIRCUIT,
    );
}

#[test]
fn third_circuit_2025() {
    assert_weekday_closures(
        "us-fl-3rd-circuit",
        2025,
        &[
            ("2025-01-01", "New Year's Day"),
            ("2025-01-20", "Martin Luther King Day"),
            ("2025-04-18", "Good Friday"),
            ("2025-05-26", "Memorial Day"),
            ("2025-07-04", "Independence Day"),
            ("2025-09-01", "Labor Day"),
            ("2025-09-23", "Rosh Hashanah"),
            ("2025-10-02", "Yom Kippur"),
            ("2025-11-11", "Veterans Day"),
            ("2025-11-27", "Thanksgiving Day"),
            ("2025-11-28", "Friday after Thanksgiving"),
            ("2025-12-24", "Christmas Eve"),
            ("2025-12-25", "Christmas Day"),
            ("2025-12-26", "Day after Christmas"),
        ],
        THIRD_CIRCUIT,
    );
}

#[test]
fn third_circuit_spot_checks() {
    // "Good Friday, Friday, April 18, 2025"
    assert_closed(
        "us-fl-3rd-circuit",
        "2025-04-18",
        "Good Friday",
        THIRD_CIRCUIT,
    );
    // "Day after Independance Day, Friday, July 5, 2024"
    assert_closed(
        "us-fl-3rd-circuit",
        "2024-07-05",
        "Independence Day",
        THIRD_CIRCUIT,
    );
    // The 2024 list has no day after Christmas: Thursday Dec. 26, 2024 is open.
    assert_open("us-fl-3rd-circuit", "2024-12-26", THIRD_CIRCUIT);
    // Statewide days come through the include: "Friday after Thanksgiving,
    // Friday, November 29, 2024".
    assert_closed(
        "us-fl-3rd-circuit",
        "2024-11-29",
        "Friday after Thanksgiving",
        THIRD_CIRCUIT,
    );
}
