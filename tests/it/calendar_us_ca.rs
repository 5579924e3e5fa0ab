//! California state courts: judicial holidays (`us-ca`).
//!
//! Every expectation below was written by hand from the source it names
//! (official court holiday lists, the statutes, news releases), not from the
//! engine's output.
//!
//! Official lists found, by year:
//! - 2012, 2013, 2014: Orange County Superior Court holiday schedule
//!   (occourts.org/general-public/holiday-schedule.html).
//! - 2021: no list on a court domain that lists the year as it was observed.
//!   The expectations come from CCP § 135 as it then read (before AB 855). They
//!   agree with a copy of the Orange County holiday-schedule page (2020–2023
//!   columns) stored at knoxmates.com/general-public/holiday-schedule.html.
//!   Note: a Fresno Superior Court Spanish-language page
//!   (fresno.courts.ca.gov/es/general-information/dias-festivos-de-la-corte)
//!   shows Native American Day (Sept 24) rather than Columbus Day for 2021.
//!   That contradicts the statute as it read in 2021. It also contradicts "This
//!   is the third year that courts will be closed on this holiday" (At the
//!   Lectern, Sept. 25, 2024), which puts the first closure in 2022. We follow
//!   the statute.
//! - 2022: Fresno Superior Court (Spanish page above, 2022 column).
//! - 2023: Tuolumne Superior Court; San Joaquin Superior Court (sjcourts.org).
//! - 2024: Sutter Superior Court; Fresno Superior Court; San Joaquin.
//! - 2025: San Bernardino Superior Court; Sutter; Fresno; San Joaquin.
//! - 2026: Courts of Appeal (appellate.courts.ca.gov); Sutter; San Bernardino;
//!   Mono; Calaveras.
//! - 2027: no official list found. The expectations come from the statutes
//!   (CCP § 135, Gov. Code § 6700) and the rule-1.11 observance.
//!
//! Every official list found matched the statute-derived dates exactly. The
//! one exception is the Fresno 2021 column noted above.

use crate::common;
use common::*;

const SUTTER: &str = "Superior Court of California, County of Sutter, 'Court Holidays' \
     (https://sutter.courts.ca.gov/general-information/court-holidays)";
const SAN_BERNARDINO: &str = "Superior Court of California, County of San Bernardino, \
     'Judicial Holidays In 2025/2026' (https://sanbernardino.courts.ca.gov/es/node/507)";
const COURT_OF_APPEAL: &str = "California Courts of Appeal, 'Court Holidays: 2026 Holiday \
     Schedule' (https://appellate.courts.ca.gov/ko/node/2940)";
const TUOLUMNE: &str = "Superior Court of California, County of Tuolumne, 'Court Holidays' 2023 \
     (https://www.tuolumne.courts.ca.gov/general-information/court-holidays)";
const FRESNO_ES: &str = "Superior Court of California, County of Fresno, 'Días festivos de la \
     corte' 2021/2022/2023 (https://www.fresno.courts.ca.gov/es/general-information/dias-festivos-de-la-corte)";
const ORANGE: &str = "Superior Court of California, County of Orange, 'Holiday Schedule' \
     2012/2013/2014 (http://occourts.org/general-public/holiday-schedule.html)";
const CCP135: &str = "Code Civ. Proc. § 135 (as amended by AB 855, Stats. 2021, ch. 283, eff. \
     2022-01-01; AB 2596 and AB 1801, Stats. 2022; AB 268, Stats. 2025, ch. 358); Gov. Code § 6700; \
     Cal. Rules of Court, rule 1.11";

// ---------------------------------------------------------------- 2024–2027

#[test]
fn official_list_2024_sutter() {
    // Sutter "2024 Judicial Holidays": "1/1/2024 Monday New Year's Day ...
    // 4/1/2024 Monday Cesar Chavez Day ... 9/27/2024 Friday Native American
    // Day ... 11/29/2024 Friday Day after Thanksgiving 12/25/2024 Wednesday
    // Christmas Day". Fresno's and San Joaquin's 2024 lists are identical.
    assert_weekday_closures(
        "us-ca",
        2024,
        &[
            ("2024-01-01", "New Year's Day"),
            ("2024-01-15", "Martin Luther King, Jr. Birthday"),
            ("2024-02-12", "Lincoln's Birthday"),
            ("2024-02-19", "Presidents' Day"),
            ("2024-04-01", "Cesar Chavez Day"),
            ("2024-05-27", "Memorial Day"),
            ("2024-06-19", "Juneteenth"),
            ("2024-07-04", "Independence Day"),
            ("2024-09-02", "Labor Day"),
            ("2024-09-27", "Native American Day"),
            ("2024-11-11", "Veteran's Day"),
            ("2024-11-28", "Thanksgiving"),
            ("2024-11-29", "Day after Thanksgiving"),
            ("2024-12-25", "Christmas Day"),
        ],
        SUTTER,
    );
}

#[test]
fn official_list_2025_san_bernardino() {
    // San Bernardino "Judicial Holidays In 2025": "Wednesday January 1, 2025
    // New Year's Day ... Wednesday February 12, 2025 Lincoln Day ... Friday
    // September 26, 2025 Native American Day ... Friday November 28, 2025 Day
    // after Thanksgiving | Thursday December 25, 2025 Christmas Day".
    // Sutter's and Fresno's 2025 lists are identical.
    assert_weekday_closures(
        "us-ca",
        2025,
        &[
            ("2025-01-01", "New Year's Day"),
            ("2025-01-20", "Martin Luther King, Jr. Birthday"),
            ("2025-02-12", "Lincoln Day"),
            ("2025-02-17", "Presidents' Day"),
            ("2025-03-31", "Cesar Chavez Day"),
            ("2025-05-26", "Memorial Day"),
            ("2025-06-19", "Juneteenth"),
            ("2025-07-04", "Independence Day"),
            ("2025-09-01", "Labor Day"),
            ("2025-09-26", "Native American Day"),
            ("2025-11-11", "Veterans Day"),
            ("2025-11-27", "Thanksgiving Day"),
            ("2025-11-28", "Day after Thanksgiving"),
            ("2025-12-25", "Christmas Day"),
        ],
        SAN_BERNARDINO,
    );
}

#[test]
fn official_list_2026_court_of_appeal() {
    // Courts of Appeal "2026 Holiday Schedule: The California courts will be
    // closed in observance of the following holidays: New Year's Day
    // Thursday, January 1 ... Independence Day Friday, July 3 ... Native
    // American Day Friday, September 25 ... Day After Thanksgiving Friday,
    // November 27 Christmas Day Friday, December 25". Sutter, San Bernardino,
    // Mono and Calaveras list the same 14 days.
    assert_weekday_closures(
        "us-ca",
        2026,
        &[
            ("2026-01-01", "New Year's Day"),
            ("2026-01-19", "Dr. Martin Luther King, Jr. Day"),
            ("2026-02-12", "Lincoln's Birthday"),
            ("2026-02-16", "President's Day"),
            ("2026-03-31", "Cesar Chavez Day"),
            ("2026-05-25", "Memorial Day"),
            ("2026-06-19", "Juneteenth"),
            ("2026-07-03", "Independence Day"),
            ("2026-09-07", "Labor Day"),
            ("2026-09-25", "Native American Day"),
            ("2026-11-11", "Veterans Day"),
            ("2026-11-26", "Thanksgiving"),
            ("2026-11-27", "Day After Thanksgiving"),
            ("2026-12-25", "Christmas Day"),
        ],
        COURT_OF_APPEAL,
    );
}

#[test]
fn statute_2027_no_official_list_found() {
    // No official 2027 list was found. These dates come from Gov. Code § 6700,
    // CCP § 135 and CRC 1.11. Juneteenth (Sat June 19) moves to Friday June 18,
    // Independence Day (Sun July 4) to Monday July 5, and Christmas (Sat Dec 25)
    // to Friday Dec 24. New Year's Day 2028 (Sat) is observed Friday Dec 31, 2027.
    assert_weekday_closures(
        "us-ca",
        2027,
        &[
            ("2027-01-01", "New Year's Day"),
            ("2027-01-18", "Dr. Martin Luther King, Jr. Day"),
            ("2027-02-12", "Lincoln Day"),
            ("2027-02-15", "Third Monday in February"),
            ("2027-03-31", "Cesar Chavez Day"),
            ("2027-05-31", "Memorial Day"),
            ("2027-06-18", "Juneteenth (observed)"),
            ("2027-07-05", "Independence Day (observed)"),
            ("2027-09-06", "Labor Day"),
            ("2027-09-24", "Native American Day"),
            ("2027-11-11", "Veterans Day"),
            ("2027-11-25", "Thanksgiving Day"),
            ("2027-11-26", "Day after Thanksgiving Day"),
            ("2027-12-24", "Christmas Day (observed)"),
            ("2027-12-31", "New Year's Day 2028 (observed)"),
        ],
        "Statute only (no official 2027 list found): Code Civ. Proc. § 135; Gov. Code § 6700; \
         Cal. Rules of Court, rule 1.11",
    );
}

// ---------------------------------------------------------------- 2021–2023

#[test]
fn official_list_2023_tuolumne() {
    // Tuolumne "The California courts will be closed in observance of the
    // following holidays: 2023 ... New Year's Day Monday, January 2 ...
    // Lincoln's Birthday Monday, February 13 ... Juneteenth Monday, June 19 ...
    // Native American Day Friday, September 22 Veterans Day Friday, November
    // 10 ...". San Joaquin's 2023 list is identical.
    assert_weekday_closures(
        "us-ca",
        2023,
        &[
            ("2023-01-02", "New Year's Day"),
            ("2023-01-16", "Dr. Martin Luther King, Jr. Day"),
            ("2023-02-13", "Lincoln's Birthday"),
            ("2023-02-20", "President's Day"),
            ("2023-03-31", "Cesar Chavez Day"),
            ("2023-05-29", "Memorial Day"),
            ("2023-06-19", "Juneteenth"),
            ("2023-07-04", "Independence Day"),
            ("2023-09-04", "Labor Day"),
            ("2023-09-22", "Native American Day"),
            ("2023-11-10", "Veterans Day"),
            ("2023-11-23", "Thanksgiving"),
            ("2023-11-24", "Day After Thanksgiving"),
            ("2023-12-25", "Christmas Day"),
        ],
        TUOLUMNE,
    );
}

#[test]
fn official_list_2022_fresno() {
    // Fresno, 2022 column: "Natalicio de Lincoln ... Viernes 11 ... Día de
    // los Indígenas Norteamericanos ... Viernes 23 ... Día de Navidad ...
    // Lunes 26". No Columbus Day (excepted by AB 855 from 2022). No Juneteenth
    // (it became a holiday only in 2023; June 19, 2022 was a Sunday). New
    // Year's Day 2022 ("Viernes 31") is Friday, Dec 31, 2021, so it belongs
    // to the 2021 list.
    assert_weekday_closures(
        "us-ca",
        2022,
        &[
            ("2022-01-17", "Día de Martin Luther King, Jr."),
            ("2022-02-11", "Natalicio de Lincoln"),
            ("2022-02-21", "Día del Presidente"),
            ("2022-03-31", "Día de Nacimiento de Cesar Chavez"),
            ("2022-05-30", "Día de los Caídos"),
            ("2022-07-04", "Día de la Independencia"),
            ("2022-09-05", "Día del Trabajo"),
            ("2022-09-23", "Día de los Indígenas Norteamericanos"),
            ("2022-11-11", "Día de los Veteranos"),
            ("2022-11-24", "Día de Acción de Gracias"),
            ("2022-11-25", "Día Después de Acción de Gracias"),
            ("2022-12-26", "Día de Navidad"),
        ],
        FRESNO_ES,
    );
}

#[test]
fn statute_2021_before_ab_855() {
    // Before AB 855 (eff. 2022-01-01), CCP § 135 excepted Native American Day
    // (SB 85, 2015) but not Columbus Day. A copy of the Orange County
    // holiday-schedule page gives 2021: "Columbus Day | ... | October 11,
    // 2021 | ... Christmas Day | ... | December 24, 2021" and, for New Year's
    // Day 2022, "December 31, 2021". (Fresno's 2021 column disagrees; see the
    // header comment.)
    assert_weekday_closures(
        "us-ca",
        2021,
        &[
            ("2021-01-01", "New Year's Day"),
            ("2021-01-18", "Martin Luther King, Jr. Birthday"),
            ("2021-02-12", "President Lincoln's Birthday"),
            ("2021-02-15", "President's Day"),
            ("2021-03-31", "Cesar Chavez Day"),
            ("2021-05-31", "Memorial Day"),
            ("2021-07-05", "Independence Day"),
            ("2021-09-06", "Labor Day"),
            ("2021-10-11", "Columbus Day"),
            ("2021-11-11", "Veterans Day"),
            ("2021-11-25", "Thanksgiving"),
            ("2021-11-26", "Day after Thanksgiving"),
            ("2021-12-24", "Christmas Day"),
            ("2021-12-31", "New Year's Day 2022"),
        ],
        "Code Civ. Proc. § 135 as it read in 2021 (before AB 855, Stats. 2021, ch. 283); \
         Orange County holiday-schedule page, 2021 column, as copied at \
         knoxmates.com/general-public/holiday-schedule.html",
    );
}

// ---------------------------------------------------------------- 2012–2014

#[test]
fn official_list_2012_orange_county() {
    // Orange County 2012: "New Year's Day | Jan 2 (Mon)** ... Lincoln's
    // Birthday | Feb 13 (Mon)** ... Cesar Chavez Day | Mar 30 (Fri)** | ...
    // Good Friday | Not Observed* ... Admission Day | Not Observed* ...
    // Columbus Day | Oct 8 (Mon) ... Veterans Day | Nov 12 (Mon)** ...".
    assert_weekday_closures(
        "us-ca",
        2012,
        &[
            ("2012-01-02", "New Year's Day"),
            ("2012-01-16", "Martin Luther King, Jr. Day"),
            ("2012-02-13", "Lincoln's Birthday"),
            ("2012-02-20", "President's Day"),
            ("2012-03-30", "Cesar Chavez Day"),
            ("2012-05-28", "Memorial Day"),
            ("2012-07-04", "Independence Day"),
            ("2012-09-03", "Labor Day"),
            ("2012-10-08", "Columbus Day"),
            ("2012-11-12", "Veterans Day"),
            ("2012-11-22", "Thanksgiving"),
            ("2012-11-23", "Day after Thanksgiving"),
            ("2012-12-25", "Christmas Day"),
        ],
        ORANGE,
    );
}

#[test]
fn official_list_2013_orange_county() {
    // Orange County 2013: "Cesar Chavez Day | ... | Apr 1 (Mon)** ...
    // Columbus Day | ... | Oct 14 (Mon) ...".
    assert_weekday_closures(
        "us-ca",
        2013,
        &[
            ("2013-01-01", "New Year's Day"),
            ("2013-01-21", "Martin Luther King, Jr. Day"),
            ("2013-02-12", "Lincoln's Birthday"),
            ("2013-02-18", "President's Day"),
            ("2013-04-01", "Cesar Chavez Day"),
            ("2013-05-27", "Memorial Day"),
            ("2013-07-04", "Independence Day"),
            ("2013-09-02", "Labor Day"),
            ("2013-10-14", "Columbus Day"),
            ("2013-11-11", "Veterans Day"),
            ("2013-11-28", "Thanksgiving"),
            ("2013-11-29", "Day after Thanksgiving"),
            ("2013-12-25", "Christmas Day"),
        ],
        ORANGE,
    );
}

#[test]
fn official_list_2014_orange_county() {
    // Orange County 2014: "... Columbus Day | ... | Oct 13 (Mon) | Veterans
    // Day | ... | Nov 11 (Tue) ...".
    assert_weekday_closures(
        "us-ca",
        2014,
        &[
            ("2014-01-01", "New Year's Day"),
            ("2014-01-20", "Martin Luther King, Jr. Day"),
            ("2014-02-12", "Lincoln's Birthday"),
            ("2014-02-17", "President's Day"),
            ("2014-03-31", "Cesar Chavez Day"),
            ("2014-05-26", "Memorial Day"),
            ("2014-07-04", "Independence Day"),
            ("2014-09-01", "Labor Day"),
            ("2014-10-13", "Columbus Day"),
            ("2014-11-11", "Veterans Day"),
            ("2014-11-27", "Thanksgiving"),
            ("2014-11-28", "Day after Thanksgiving"),
            ("2014-12-25", "Christmas Day"),
        ],
        ORANGE,
    );
}

// ------------------------------------------- days that are NOT judicial holidays

#[test]
fn columbus_day_open_since_2022() {
    // CCP § 135 (AB 855): "... except September 9, known as 'Admission Day,'
    // the second Monday in October, known as 'Columbus Day,' ...".
    // No Columbus Day appears in the 2022 (Fresno) or 2024 (Sutter) lists.
    assert_open(
        "us-ca",
        "2024-10-14",
        "Code Civ. Proc. § 135 as amended by AB 855 (Stats. 2021, ch. 283); Sutter 2024 list",
    );
    assert_open(
        "us-ca",
        "2022-10-10",
        "Code Civ. Proc. § 135 as amended by AB 855 (Stats. 2021, ch. 283); Fresno 2022 list",
    );
}

#[test]
fn federal_executive_order_closures_are_court_days() {
    // CCP § 135 excepts "any other day appointed by the President, but not by
    // the Governor". Federal EO closures (Dec 24, 2024; Jan 9, 2025, the
    // Carter national day of mourning; Dec 24 and 26, 2025) are not on the
    // 2024/2025 court lists. For Jan 9, 2025 the Governor's Office "noted that
    // the State of California offices are still open and operating as usual"
    // (mymotherlode.com, Jan. 9, 2025).
    for day in ["2024-12-24", "2025-01-09", "2025-12-24", "2025-12-26"] {
        assert_open(
            "us-ca",
            day,
            "Code Civ. Proc. § 135 (President-only days excepted); Sutter and San Bernardino \
             2024/2025 lists",
        );
    }
    // Dec 5, 2018 (G.H.W. Bush day of mourning): "the state of California ...
    // has not announced any closures" (Daily Breeze, Dec. 4, 2018).
    assert_open(
        "us-ca",
        "2018-12-05",
        "Code Civ. Proc. § 135; Daily Breeze, Dec. 4, 2018 (no state closure)",
    );
}

#[test]
fn excepted_state_holidays_are_court_days() {
    // Admission Day (Sept 9) is excepted by CCP § 135.
    assert_open("us-ca", "2025-09-09", CCP135);
    // Good Friday (noon to 3 p.m., Gov. Code § 6700) is not a "full day".
    // The Orange County list says "Good Friday | Not Observed*".
    assert_open("us-ca", "2025-04-18", CCP135);
    // Lunar New Year (Wed Jan 29, 2025) is excepted by AB 2596 (Stats. 2022, ch. 792).
    assert_open("us-ca", "2025-01-29", CCP135);
    // Genocide Remembrance Day (April 24; a Thursday in 2025) is excepted by AB 1801 (Stats. 2022).
    assert_open("us-ca", "2025-04-24", CCP135);
}

#[test]
fn native_american_day_not_a_judicial_holiday_before_2022() {
    // AB 855 (eff. 2022-01-01) "would remove Native American Day from the list
    // of holidays that are excluded from designation as a judicial holiday".
    // At the Lectern (Sept. 25, 2024): "it didn't become a judicial holiday
    // until 2021 legislation made it one ... This is the third year that courts
    // will be closed on this holiday."
    assert_open(
        "us-ca",
        "2021-09-24",
        "AB 855 (Stats. 2021, ch. 283) Legislative Counsel's Digest; CCP § 135 as it read in 2021",
    );
    // SB 85 (2015 budget trailer bill, in effect from June 2015): "Excludes
    // Native American Day from the list of paid judicial holidays" (Assembly
    // floor analysis, June 19, 2015). So Sept 25, 2015 was a court day.
    assert_open(
        "us-ca",
        "2015-09-25",
        "SB 85 (2015), Assembly floor analysis as amended June 17, 2015",
    );
}

#[test]
fn juneteenth_not_a_judicial_holiday_before_2023() {
    // "On Monday, June 19, 2023, the judicial branch will join Californians in
    // celebrating Juneteenth as a state holiday for the first time"
    // (Judicial Council news release, June 15, 2023; AB 1655, Stats. 2022,
    // ch. 753). June 19, 2022 was a Sunday, and Monday June 20, 2022 was a
    // court day.
    assert_open(
        "us-ca",
        "2022-06-20",
        "Judicial Council news release 'Judicial Branch Celebrates First Juneteenth State \
         Holiday' (June 15, 2023); AB 1655 (Stats. 2022, ch. 753)",
    );
    assert_closed(
        "us-ca",
        "2023-06-19",
        "Juneteenth",
        "Judicial Council news release 'Judicial Branch Celebrates First Juneteenth State \
         Holiday' (June 15, 2023)",
    );
}

// ------------------------------------------- California-only closed days

#[test]
fn california_only_holidays_are_closed() {
    // Gov. Code § 6700: "February 12, known as 'Lincoln Day.'"
    assert_closed(
        "us-ca",
        "2025-02-12",
        "Lincoln",
        "Gov. Code § 6700; CCP § 135; San Bernardino 2025 list ('Wednesday February 12, 2025 Lincoln Day')",
    );
    // Gov. Code § 6700: "March 31, known as 'Cesar Chavez Day.'"
    assert_closed(
        "us-ca",
        "2026-03-31",
        "Cesar Chavez",
        "Gov. Code § 6700; CCP § 135; Court of Appeal 2026 list ('Cesar Chavez Day Tuesday, March 31')",
    );
    // Sunday 2024-03-31, observed Monday April 1 (CRC 1.11).
    assert_closed(
        "us-ca",
        "2024-04-01",
        "Cesar Chavez",
        "CRC 1.11; Sutter 2024 list ('4/1/2024 Monday Cesar Chavez Day')",
    );
    // Gov. Code § 6700: "The fourth Friday in September, known as 'Native American Day.'"
    assert_closed(
        "us-ca",
        "2025-09-26",
        "Native American",
        "Gov. Code § 6700; CCP § 135 (AB 855); San Bernardino 2025 list",
    );
    // CCP § 135: "Every Saturday and the day after Thanksgiving Day are judicial holidays."
    assert_closed(
        "us-ca",
        "2026-11-27",
        "after Thanksgiving",
        "CCP § 135; Court of Appeal 2026 list ('Day After Thanksgiving Friday, November 27')",
    );
    // Saturday July 4, 2026, observed Friday July 3 (CRC 1.11).
    assert_closed(
        "us-ca",
        "2026-07-03",
        "Independence",
        "CRC 1.11; Court of Appeal 2026 list ('Independence Day Friday, July 3')",
    );
}

#[test]
fn columbus_day_closed_through_2021() {
    // Before AB 855, Columbus Day (Gov. Code § 6700) was not excepted from
    // CCP § 135. The Judicial Council newsroom event for October 12, 2020
    // reads: "Court will be closed Monday to observe Columbus Day."
    assert_closed(
        "us-ca",
        "2020-10-12",
        "Columbus",
        "Judicial Council of California newsroom events listing (newsroom.courts.ca.gov), \
         Oct. 12, 2020",
    );
    assert_closed(
        "us-ca",
        "2021-10-11",
        "Columbus",
        "CCP § 135 as it read in 2021 (before AB 855); Orange County holiday-schedule page copy, \
         2021 column ('Columbus Day ... October 11, 2021')",
    );
}

// ------------------------------------------- 2009–2010 statewide closure days

#[test]
fn statewide_closure_days_2009_2010() {
    // Gov. Code § 68106(b)(1) (SB 13, Stats. 2009, 4th Ex. Sess., ch. 22):
    // "If the Judicial Council has provided for the closure of courts pursuant
    // to this section, the day so designated shall be treated as a holiday for
    // purposes of performing any act requiring the transaction of judicial
    // business". MetNews, Sept. 15, 2009: "All of California's trial and
    // appellate courts will be closed tomorrow, the first of 10 statewide
    // court holidays". AOC release (Oct. 2009): "The remaining court closure
    // days are November 18, 2009; December 16, 2009; January 20, 2010;
    // February 17, 2010; March 17, 2010; April 21, 2010; May 19, 2010; and
    // June 16, 2010."
    for day in [
        "2009-09-16",
        "2009-10-21",
        "2009-11-18",
        "2009-12-16",
        "2010-01-20",
        "2010-02-17",
        "2010-03-17",
        "2010-04-21",
        "2010-05-19",
        "2010-06-16",
    ] {
        assert_closed(
            "us-ca",
            day,
            "closure",
            "Gov. Code § 68106(b)(1); AOC release 'California State Courts Closed Wednesday, \
             October 21' (Oct. 2009, as copied at legaldocumentassistant.blogspot.com); MetNews, \
             Sept. 15, 2009",
        );
    }
    // litigationbythenumbers.com ('Urgency Legislation'): "They have now
    // ended ... individual courts may implement 'furlough days' ... Any such
    // 'furlough days' are to be counted as court days ... The Los Angeles
    // Superior Court will observe a court furlough day on Wednesday, July 21,
    // 2010."
    assert_open(
        "us-ca",
        "2010-07-21",
        "Litigation by the Numbers, 'Urgency Legislation' (court furlough days after June 2010 \
         count as court days)",
    );
    // The third Wednesday of August 2009, before the closures began, was an
    // ordinary court day.
    assert_open(
        "us-ca",
        "2009-08-19",
        "Judicial Council action of July 29, 2009 (closures from September 2009 through June \
         2010; LA Times, July 30, 2009)",
    );
}
