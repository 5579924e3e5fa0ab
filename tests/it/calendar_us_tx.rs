//! Texas state-court legal holidays (calendar `us-tx`).
//!
//! Official year lists: none could be retrieved for 2024–2027. The State
//! Auditor's Office posts a "State of Texas Holiday Schedule" per biennium
//! (hr.sao.texas.gov/compensation/holidays.html), but no FY2024–FY2027
//! schedule was available to check, and no txcourts.gov holiday list for the
//! Supreme Court, the Court of Criminal Appeals or the courts of appeals for
//! those years was found. Every year list below is therefore written from the
//! statute, Tex. Gov't Code § 662.003(a)–(b) (text: FindLaw, current as of
//! 2021; the same (b)(1)–(8) is quoted as current law in bills of the 83rd,
//! 87th, 88th and 89th Legislatures), read with the Comptroller's rule that a
//! holiday falling on a weekend is not observed on another day. Each source
//! string says so.
//!
//! Court practice checked against older official material: the Supreme Court
//! of Texas 2009-2010 calendar (Columbus Day "Open", Veterans Day "Closed",
//! Thanksgiving Nov. 26-27 "Closed", "Winter Holiday (Closed)" Dec. 24-25,
//! 2009), and scotxblog's note that the Court observed Dec. 24-26, 2007.

use crate::common;
use common::*;

const STATUTE: &str = "Tex. Gov't Code § 662.003(a)-(b) (https://codes.findlaw.com/tx/government-code/gov-t-sect-662-003.html) \
    with the Texas Comptroller's Texas Payroll/Personnel Resource, General Provisions, Holidays \
    (https://fmx.cpa.texas.gov/fm/pubs/paypol/general_provisions/index.php?page=holidays): weekend holidays \
    'are not observed on another day'; no official year list found, dates computed from the statute";

const COMPTROLLER: &str = "Texas Comptroller, Texas Payroll/Personnel Resource, General Provisions, Holidays \
    (https://fmx.cpa.texas.gov/fm/pubs/paypol/general_provisions/index.php?page=holidays)";

// § 662.003(a): national holidays (New Year's Day, MLK Day, Presidents' Day,
// Memorial Day, Independence Day, Labor Day, Veterans Day, Thanksgiving Day,
// Christmas Day). § 662.003(b): "(1) the 19th day of January, 'Confederate
// Heroes Day' ...; (2) the second day of March, 'Texas Independence Day';
// (3) the 21st day of April, 'San Jacinto Day'; (4) the 19th day of June,
// 'Emancipation Day in Texas' ...; (5) the 27th day of August, 'Lyndon Baines
// Johnson Day' ...; (6) the Friday after Thanksgiving Day; (7) the 24th day of
// December; and (8) the 26th day of December."

#[test]
fn statute_2024() {
    // Weekend, not moved: Texas Independence Day (Sat Mar 2), San Jacinto Day (Sun Apr 21).
    assert_weekday_closures(
        "us-tx",
        2024,
        &[
            ("2024-01-01", "New Year's Day"),
            ("2024-01-15", "Martin Luther King, Jr., Day"),
            ("2024-01-19", "Confederate Heroes Day"),
            ("2024-02-19", "Presidents' Day"),
            ("2024-05-27", "Memorial Day"),
            ("2024-06-19", "Emancipation Day in Texas"),
            ("2024-07-04", "Independence Day"),
            ("2024-08-27", "Lyndon Baines Johnson Day"),
            ("2024-09-02", "Labor Day"),
            ("2024-11-11", "Veterans Day"),
            ("2024-11-28", "Thanksgiving Day"),
            ("2024-11-29", "Friday after Thanksgiving Day"),
            ("2024-12-24", "December 24"),
            ("2024-12-25", "Christmas Day"),
            ("2024-12-26", "December 26"),
        ],
        STATUTE,
    );
}

#[test]
fn statute_2025() {
    // Weekend, not moved: Confederate Heroes Day (Sun Jan 19), Texas Independence Day (Sun Mar 2).
    assert_weekday_closures(
        "us-tx",
        2025,
        &[
            ("2025-01-01", "New Year's Day"),
            ("2025-01-20", "Martin Luther King, Jr., Day"),
            ("2025-02-17", "Presidents' Day"),
            ("2025-04-21", "San Jacinto Day"),
            ("2025-05-26", "Memorial Day"),
            ("2025-06-19", "Emancipation Day in Texas"),
            ("2025-07-04", "Independence Day"),
            ("2025-08-27", "Lyndon Baines Johnson Day"),
            ("2025-09-01", "Labor Day"),
            ("2025-11-11", "Veterans Day"),
            ("2025-11-27", "Thanksgiving Day"),
            ("2025-11-28", "Friday after Thanksgiving Day"),
            ("2025-12-24", "December 24"),
            ("2025-12-25", "Christmas Day"),
            ("2025-12-26", "December 26"),
        ],
        STATUTE,
    );
}

#[test]
fn statute_2026() {
    // Jan 19 is both MLK Day (third Monday) and Confederate Heroes Day.
    // Weekend, not moved: Independence Day (Sat Jul 4), December 26 (Sat).
    assert_weekday_closures(
        "us-tx",
        2026,
        &[
            ("2026-01-01", "New Year's Day"),
            (
                "2026-01-19",
                "Martin Luther King, Jr., Day; Confederate Heroes Day",
            ),
            ("2026-02-16", "Presidents' Day"),
            ("2026-03-02", "Texas Independence Day"),
            ("2026-04-21", "San Jacinto Day"),
            ("2026-05-25", "Memorial Day"),
            ("2026-06-19", "Emancipation Day in Texas"),
            ("2026-08-27", "Lyndon Baines Johnson Day"),
            ("2026-09-07", "Labor Day"),
            ("2026-11-11", "Veterans Day"),
            ("2026-11-26", "Thanksgiving Day"),
            ("2026-11-27", "Friday after Thanksgiving Day"),
            ("2026-12-24", "December 24"),
            ("2026-12-25", "Christmas Day"),
        ],
        STATUTE,
    );
}

#[test]
fn statute_2027() {
    // Weekend, not moved: Emancipation Day (Sat Jun 19), Independence Day
    // (Sun Jul 4), Christmas Day (Sat Dec 25), December 26 (Sun); New Year's
    // Day 2028 (Sat) is not observed on Friday Dec 31, 2027.
    assert_weekday_closures(
        "us-tx",
        2027,
        &[
            ("2027-01-01", "New Year's Day"),
            ("2027-01-18", "Martin Luther King, Jr., Day"),
            ("2027-01-19", "Confederate Heroes Day"),
            ("2027-02-15", "Presidents' Day"),
            ("2027-03-02", "Texas Independence Day"),
            ("2027-04-21", "San Jacinto Day"),
            ("2027-05-31", "Memorial Day"),
            ("2027-08-27", "Lyndon Baines Johnson Day"),
            ("2027-09-06", "Labor Day"),
            ("2027-11-11", "Veterans Day"),
            ("2027-11-25", "Thanksgiving Day"),
            ("2027-11-26", "Friday after Thanksgiving Day"),
            ("2027-12-24", "December 24"),
        ],
        STATUTE,
    );
}

#[test]
fn state_holidays_are_closed_even_on_skeleton_crew_days() {
    // § 662.003(b)(2): "the second day of March, 'Texas Independence Day'".
    assert_closed(
        "us-tx",
        "2026-03-02",
        "Texas Independence Day",
        "Tex. Gov't Code § 662.003(b)(2); § 662.021(2) (legal holiday includes a state holiday under 662.003(b)(1)-(6))",
    );
    assert_closed(
        "us-tx",
        "2027-03-02",
        "Texas Independence Day",
        "Tex. Gov't Code § 662.003(b)(2)",
    );
    // § 662.003(b)(1): "the 19th day of January, 'Confederate Heroes Day'".
    assert_closed(
        "us-tx",
        "2027-01-19",
        "Confederate Heroes Day",
        "Tex. Gov't Code § 662.003(b)(1); Clark Hill, 'In Appellate Courts, (Seemingly Almost) Every Day's a Holiday' \
         (jdsupra.com): 'The qualifying state holidays are Confederate Heroes Day (January 19); ...'",
    );
    // Both reasons are given when MLK Day falls on January 19.
    assert_closed(
        "us-tx",
        "2026-01-19",
        "Confederate Heroes Day",
        "Tex. Gov't Code § 662.003(b)(1)",
    );
    assert_closed(
        "us-tx",
        "2026-01-19",
        "Martin Luther King",
        "Tex. Gov't Code § 662.003(a)(2)",
    );
    // § 662.003(b)(4): "the 19th day of June, 'Emancipation Day in Texas'".
    assert_closed(
        "us-tx",
        "2025-06-19",
        "Emancipation Day",
        "Tex. Gov't Code § 662.003(b)(4)",
    );
}

#[test]
fn veterans_day_is_a_legal_holiday_even_where_county_offices_open() {
    // Frasier v. Shafeeq, No. 02-21-00010-CV (Tex. App.—Fort Worth Feb. 17, 2022):
    // "If a limitations period expires on a Saturday and the next Monday is a
    // national holiday, is the period extended to Tuesday even though the
    // county's offices were open for business on the national holiday? We
    // conclude that limitations was extended to Tuesday".
    assert_closed(
        "us-tx",
        "2024-11-11",
        "Veterans Day",
        "Tex. Gov't Code § 662.003(a)(7); Frasier v. Shafeeq, No. 02-21-00010-CV (Tex. App.—Fort Worth 2022, mem. op.)",
    );
}

#[test]
fn friday_after_thanksgiving_and_christmas_eve_and_day_after_christmas_closed() {
    // Comptroller: "State agencies are authorized to be closed on all national
    // holidays and certain state holidays — the Friday after Thanksgiving,
    // Christmas Eve and the day after Christmas."
    assert_closed(
        "us-tx",
        "2025-11-28",
        "Friday after Thanksgiving",
        COMPTROLLER,
    );
    assert_closed("us-tx", "2025-12-24", "December 24", COMPTROLLER);
    assert_closed("us-tx", "2025-12-26", "December 26", COMPTROLLER);
}

#[test]
fn weekend_holidays_are_not_moved() {
    // Comptroller, "Holidays That Fall on Saturday or Sunday": these holidays
    // "Are not observed on another day (for example, by closing state offices
    // on the workday preceding or following the holiday)."
    // Independence Day 2026 is a Saturday: Friday July 3, 2026 is open
    // (federal courts close that day).
    assert_open("us-tx", "2026-07-03", COMPTROLLER);
    // Independence Day 2027 is a Sunday: Monday July 5, 2027 is open.
    assert_open("us-tx", "2027-07-05", COMPTROLLER);
    // Emancipation Day 2027 is a Saturday: Friday June 18, 2027 is open.
    assert_open("us-tx", "2027-06-18", COMPTROLLER);
    // Christmas Day 2027 is a Saturday and December 26 a Sunday: Monday Dec. 27 is open.
    assert_open("us-tx", "2027-12-27", COMPTROLLER);
    // New Year's Day 2028 is a Saturday: Friday Dec. 31, 2027 is open.
    assert_open("us-tx", "2027-12-31", COMPTROLLER);
    // Texas Independence Day 2025 is a Sunday: statewide, Monday March 3, 2025
    // is not a holiday. Some counties closed their courthouses that day (Walker
    // County 2025 schedule: "Monday | March 3 | TX Independence Day"); in such a
    // county the closure is a Rule 4 legal holiday (Miller Brewing Co. v.
    // Villarreal, 829 S.W.2d 770 (Tex. 1992)), but it is county-specific and is
    // supplied as a closure, not part of this statewide calendar.
    assert_open(
        "us-tx",
        "2025-03-03",
        "Texas Comptroller payroll policy (weekend holidays not observed on another day); \
         county closures are supplied per county (Miller Brewing Co. v. Villarreal, 829 S.W.2d 770 (Tex. 1992))",
    );
}

#[test]
fn days_that_are_not_texas_legal_holidays() {
    // Columbus Day: § 662.003(a) "A national holiday includes only the following
    // days" and Columbus Day is not among them. Clark Hill: "The federal courts
    // (but not the Texas courts) add Columbus Day to this list".
    assert_open(
        "us-tx",
        "2024-10-14",
        "Tex. Gov't Code § 662.003(a) ('includes only'); Clark Hill, 'In Appellate Courts, (Seemingly Almost) \
         Every Day's a Holiday' (jdsupra.com); Supreme Court of Texas 2009-2010 calendar: 'Columbus Day (Open)'",
    );
    // Optional holidays (§ 662.003(c): Rosh Hashanah, Yom Kippur, Good Friday;
    // § 662.013: Cesar Chavez Day) do not close state offices.
    assert_open(
        "us-tx",
        "2025-04-18",
        "Tex. Gov't Code § 662.003(c) (Good Friday is an optional holiday only)",
    );
    assert_open(
        "us-tx",
        "2025-03-31",
        "Tex. Gov't Code § 662.013 (Cesar Chavez Day is an optional holiday only)",
    );
    assert_open(
        "us-tx",
        "2025-09-23",
        "Tex. Gov't Code § 662.003(c) (Rosh Hashanah is an optional holiday only)",
    );
}
