//! Worked examples for the Texas rule sets: `tx-civil` (Tex. R. Civ. P. 4,
//! 21a and the trial-court deadlines) and `tx-appellate` (Tex. R. App. P. 4.1
//! and the appellate deadlines), in the courts `tx-district`, `tx-justice`
//! and `tx-appeals` (and their Mountain-time twins).
//!
//! Each case names its source and quotes the line relied on. The expected
//! date is the source's, never the engine's. Where a source prints the last
//! day but not the trigger (e.g. "The thirtieth day fell on March 29,
//! 1991"), the trigger is derived by counting back and the derivation is
//! spelled out next to the case.
//!
//! A minority of cases are HAND-COMPUTED: the source states only the rule,
//! and the date was worked out by hand from the rule and the Texas legal
//! holidays (Tex. Gov't Code § 662.003; no official Texas court holiday list
//! for 2025 was found, so the statute is the list). Each says so in its
//! source string.
//!
//! Dates before 2014 fall before the rule sets' `valid_from` and the us-tx
//! calendar's coverage (2013): the engine warns, and the cases below check
//! only that the rule as encoded reproduces the date the court gave.
use crate::common;
use common::deadline::{CASE, Case, check, compute};

// ---------------------------------------------------------------------------
// tx-civil: Supreme Court of Texas and courts of appeals
// ---------------------------------------------------------------------------

/// Mail adds three days to the 21-day summary-judgment notice, counted back
/// from the hearing (Rule 166a(c) as in force before March 1, 2026).
#[test]
fn lewis_v_blake_mailed_summary_judgment_motion() {
    check(&Case {
        source: "Lewis v. Blake, 876 S.W.2d 314 (Tex. 1994) (per curiam): defendants moved for summary judgment, 'mailing their motion to Blake on June 21, 1991. Hearing was set for July 15.' ... 'The effect of Rule 21a is to require that a summary judgment motion served by mail be served at least 24 days before the hearing'; notice was held sufficient (the day of service excluded, the day of hearing included).",
        court: "tx-district",
        deadline: Some("tx-civil.msj-served-before-hearing"),
        rules: "tx-civil",
        trigger: "1991-07-15",
        service: Some("mail"),
        expect: "1991-06-21",
        ..CASE
    });
}

/// Rule 63's seven days are computed under Rule 4; a summary-judgment
/// hearing is a trial for Rule 63.
#[test]
fn sosa_amended_petition_seven_days_before_hearing() {
    check(&Case {
        source: "Sosa v. Central Power & Light, 909 S.W.2d 893, 895 (Tex. 1995), as summarised at lawpipe.com ('Texas Rule of Civil Procedure 4 - Interpretation'): 'the plaintiffs filed a second amended original petition on November 10, 1993, with the summary judgment hearing at issue scheduled for November 17, 1993 ... The court found this petition to be timely filed.'",
        court: "tx-district",
        deadline: Some("tx-civil.amend-without-leave"),
        rules: "tx-civil",
        trigger: "1993-11-17",
        expect: "1993-11-10",
        ..CASE
    });
}

/// A county holiday closing the courthouse is a Rule 4 legal holiday. The
/// judgment was signed Feb. 27, 1991: 30 days before Friday, March 29, 1991.
#[test]
fn miller_brewing_county_holiday_is_a_legal_holiday() {
    check(&Case {
        source: "Miller Brewing Co. v. Villarreal, 829 S.W.2d 770 (Tex. 1992): 'We decide here whether a day on which a courthouse is closed by direction of the county commissioners court is a \"legal holiday\" within the meaning of Rule 4 ... We hold that it is.' ... 'The thirtieth day fell on March 29, 1991, Good Friday, which the Starr County Commissioners Court had declared to be a county holiday ... Petitioners filed their motion the following Monday, April 1, the next day the courthouse was open.'",
        court: "tx-district",
        deadline: Some("tx-civil.new-trial-motion"),
        rules: "tx-civil",
        trigger: "1991-02-27",
        closed: &["1991-03-29"],
        expect: "1991-04-01",
        ..CASE
    });
}

#[test]
fn mccaffety_motion_for_new_trial_thirtieth_day() {
    check(&Case {
        source: "McCaffety v. Barnstone, No. 01-19-00453-CV (Tex. App.—Houston [1st Dist.] Oct. 10, 2019, order): 'The clerk's record indicated that the judgment was signed on March 12, 2019' ... the motion was mailed 'on April 11, 2019, the 30th day after judgment was signed. This is sufficient to prove that appellant mailed the motion for new trial on the date it was due.'",
        court: "tx-district",
        deadline: Some("tx-civil.new-trial-motion"),
        rules: "tx-civil",
        trigger: "2019-03-12",
        expect: "2019-04-11",
        ..CASE
    });
}

/// Limitations under Rule 4 ('by any applicable statute'): two years from
/// Nov. 9, 2017 end on Saturday, Nov. 9, 2019; Monday, Nov. 11 is Veterans
/// Day (Gov't Code § 662.003(a)(7)), so suit was timely on Tuesday. The
/// dissent would have applied CPRC § 16.072 (county offices open).
#[test]
fn frasier_v_shafeeq_veterans_day() {
    check(&Case {
        source: "Frasier v. Shafeeq, No. 02-21-00010-CV (Tex. App.—Fort Worth Feb. 17, 2022, mem. op.): 'the Frasiers' personal-injury suit was due no later than November 9, 2019, which was a Saturday ... Monday, November 11, 2019, was Veterans Day ... The Frasiers filed suit on Tuesday, November 12, 2019' ... 'We conclude that limitations was extended to Tuesday.' (Accident on November 9, 2017; two-year limitations, CPRC § 16.003(a).)",
        court: "tx-district",
        period: Some("2 years"),
        rules: "tx-civil",
        direction: "after",
        trigger: "2017-11-09",
        expect: "2019-11-12",
        ..CASE
    });
}

/// A period counted back from trial is not moved forward by Rule 4. The
/// 30th day before July 8, 1996 is Saturday, June 8, 1996, and it stands;
/// service on Monday, June 10 was late.
#[test]
fn melendez_thirty_days_before_trial_not_moved_forward() {
    check(&Case {
        source: "Melendez (Tex. App.—Houston [14th Dist.] 1999), as described by T. Noble, 'Counting Days' (tnoblelaw.com, Feb. 18, 2015): 'facing a trial on July 8, 1996, counted thirty days backwards from that date and landed on Saturday, June 8 ... she waited to serve their supplemental responses until Monday, June 10th. The Court of Appeals said, \"Sorry!\"' (former Rule 166b(6); the 30 days now appear in Rule 193.5(b)).",
        court: "tx-district",
        deadline: Some("tx-civil.supplement-before-trial"),
        rules: "tx-civil",
        trigger: "1996-07-08",
        expect: "1996-06-08",
        ..CASE
    });
}

/// The safe reading of the same deadline: the last court day on or before
/// Saturday, June 8, 1996.
#[test]
fn melendez_safe_date_is_the_friday_before() {
    check(&Case {
        source: "HAND-DERIVED from Melendez (Tex. App.—Houston [14th Dist.] 1999) (the 30th day before the July 8, 1996 trial was Saturday, June 8; Monday, June 10 was late): the last court day on or before June 8 is Friday, June 7, 1996. A document e-filed on a Saturday 'is deemed filed on the next day that is not a Saturday, Sunday, or legal holiday' (Tex. R. Civ. P. 21(f)(5)(A)).",
        court: "tx-district",
        deadline: Some("tx-civil.supplement-before-trial"),
        rules: "tx-civil",
        trigger: "1996-07-08",
        reading: Some("roll-back-to-court-day"),
        expect: "1996-06-07",
        ..CASE
    });
}

/// Trial Jan. 9, 1989; the verified denial filed Jan. 3, 1989 was late, and
/// Rule 4 did not extend the 'not less than seven days before trial'
/// period: the last day was Monday, Jan. 2, 1989 (Jan. 9 minus 7).
#[test]
fn old_republic_seven_days_before_trial_is_absolute() {
    check(&Case {
        source: "Old Republic Ins. Co. v. Wuensche, 782 S.W.2d 346 (Tex. App.—Fort Worth 1989): 'whether TEX.R.CIV.P. 93's \"not less than seven days before ... trial,\" time period is absolute or is subject to the provisions of TEX.R.CIV.P. 4. We hold that Rule 93's time restraint is absolute' ... 'Trial was set for January 9, 1989'; the denial filed January 3, 1989 was untimely (studicata summary).",
        court: "tx-district",
        period: Some("7 days"),
        rules: "tx-civil",
        direction: "before",
        trigger: "1989-01-09",
        expect: "1989-01-02",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// tx-civil: the district-court answer (Rule 99(b))
// ---------------------------------------------------------------------------

/// Judge Sudderth's example gives no year; 2024 is used (Oct. 1, 2024 is a
/// Tuesday, and no Texas legal holiday falls between Oct. 1 and Oct. 28).
#[test]
fn sudderth_answer_day_twenty_is_a_monday() {
    check(&Case {
        source: "Judge Bonnie Sudderth, 352nd District Court, Tarrant County, 'I just got served with a lawsuit. When do I have to file an answer?' (July 14, 2011): 'Example 1: You were served on Tuesday, October 1. Count ahead 20 days (not counting the day you were served) and you will land on Monday, the 21st. Then look ahead to the next Monday, and your answer is due by 10:00 a.m. on Monday, October 28.'",
        court: "tx-district",
        deadline: Some("tx-civil.answer"),
        rules: "tx-civil",
        trigger: "2024-10-01",
        expect: "2024-10-28",
        ..CASE
    });
}

#[test]
fn sudderth_answer_served_wednesday() {
    check(&Case {
        source: "Judge Bonnie Sudderth (July 14, 2011): 'Example 2: If you were served on Wednesday, October 2, the answer due date would be exactly the same' (Monday, October 28; year 2024 used, as in Example 1).",
        court: "tx-district",
        deadline: Some("tx-civil.answer"),
        rules: "tx-civil",
        trigger: "2024-10-02",
        expect: "2024-10-28",
        ..CASE
    });
}

/// The 20th day is not itself rolled before the Monday rule applies.
#[test]
fn answer_twentieth_day_sunday_gives_the_next_day() {
    check(&Case {
        source: "HAND-COMPUTED from the advisory opinion reprinted with Rule 4 (Texas Rules Project, rule42014): 'If the twentieth day falls upon Sunday, will defendant be required to answer on the Monday immediately following ...? Answer: Defendant will be required to answer on the Monday immediately following the expiration of the twenty days'. Served Monday, March 10, 2025; the 20th day is Sunday, March 30, 2025; the answer is due Monday, March 31, 2025 (no Texas legal holiday that day).",
        court: "tx-district",
        deadline: Some("tx-civil.answer"),
        rules: "tx-civil",
        trigger: "2025-03-10",
        expect: "2025-03-31",
        ..CASE
    });
}

#[test]
fn answer_monday_is_memorial_day() {
    check(&Case {
        source: "HAND-COMPUTED from Tex. R. Civ. P. 99(b) ('on or before 10:00 a.m. on the Monday next after the expiration of twenty days after the date of service') and Rule 4, with Memorial Day (Tex. Gov't Code § 662.003(a)(4)): served Thursday, May 1, 2025; the 20th day is Wednesday, May 21; the Monday next is May 26, 2025, Memorial Day; Rule 4 carries the answer to Tuesday, May 27, 2025 (courtdeadlines.com: 'If that Monday is a legal holiday, Texas Rule of Civil Procedure 4 applies and moves the deadline to the next business day').",
        court: "tx-district",
        deadline: Some("tx-civil.answer"),
        rules: "tx-civil",
        trigger: "2025-05-01",
        expect: "2025-05-27",
        ..CASE
    });
}

/// The 10:00 a.m. cut-off is local time: Central in tx-district, Mountain in
/// tx-district-el-paso.
#[test]
fn answer_cutoff_is_ten_in_the_courts_time_zone() {
    for (court, offset) in [("tx-district", "-05:00"), ("tx-district-el-paso", "-06:00")] {
        let due = compute(&Case {
            source: "Tex. R. Civ. P. 99(b): 'on or before 10:00 a.m. on the Monday next ...'; Tex. R. Civ. P. 21(f)(5): 'in the court's time zone'. Sudderth Example 1 (served Oct. 1, 2024; answer Monday, Oct. 28, 2024, daylight time in both zones).",
            court,
            deadline: Some("tx-civil.answer"),
            rules: "tx-civil",
            trigger: "2024-10-01",
            expect: "2024-10-28",
            ..CASE
        });
        let at = due
            .cutoffs
            .iter()
            .find_map(|c| c.at)
            .unwrap_or_else(|| panic!("no cut-off time in {due}"));
        assert_eq!(
            at.to_rfc3339(),
            format!("2024-10-28T10:00:00{offset}"),
            "{court}"
        );
    }
}

// ---------------------------------------------------------------------------
// tx-civil: justice court, short periods, mail days
// ---------------------------------------------------------------------------

#[test]
fn justice_court_answer_over_thanksgiving() {
    check(&Case {
        source: "HAND-COMPUTED from Tex. R. Civ. P. 502.5(a) as stated by Texas legal aid (mydebtcollectionrights.org): 'you must respond by the end of the 14th day after you were served ... If the 14th day is a Saturday, Sunday, or court-observed holiday, the answer is due on the next day that is not'. Served Thursday, November 13, 2025; the 14th day is Thanksgiving, November 27 (Gov't Code § 662.003(a)(8)); Friday, November 28 is a state holiday (§ 662.003(b)(6)); the answer is due Monday, December 1, 2025.",
        court: "tx-justice",
        deadline: Some("tx-civil.justice-answer"),
        rules: "tx-civil",
        trigger: "2025-11-13",
        expect: "2025-12-01",
        ..CASE
    });
}

#[test]
fn rule_91a_three_days_are_court_days() {
    check(&Case {
        source: "HAND-COMPUTED from Tex. R. Civ. P. 91a.5(a) ('at least 3 days before the date of the hearing') and Rule 4 ('Saturdays, Sundays, and legal holidays shall not be counted for any purpose in any time period of five days or less'): hearing Monday, December 1, 2025; counting back over Sunday Nov. 30, Saturday Nov. 29, Friday Nov. 28 (§ 662.003(b)(6)) and Thanksgiving Nov. 27, the three days are Nov. 26, 25 and 24: Monday, November 24, 2025.",
        court: "tx-district",
        deadline: Some("tx-civil.rule-91a-nonsuit-or-amend"),
        rules: "tx-civil",
        trigger: "2025-12-01",
        expect: "2025-11-24",
        ..CASE
    });
}

#[test]
fn mailed_discovery_request_three_days_added_to_the_period() {
    check(&Case {
        source: "HAND-COMPUTED from Tex. R. Civ. P. 21a(c) ('three days shall be added to the prescribed period') and Rule 4: request mailed Thursday, October 2, 2025; 30 + 3 = 33 days is Tuesday, November 4, 2025, a court day.",
        court: "tx-district",
        deadline: Some("tx-civil.discovery-response"),
        rules: "tx-civil",
        trigger: "2025-10-02",
        service: Some("mail"),
        expect: "2025-11-04",
        ..CASE
    });
    // The federal order (rules/README.md, 'Order of extension and roll'): the 30th day, Saturday, Nov. 1, rolls to
    // Monday, Nov. 3, then 3 days are added: Thursday, Nov. 6.
    check(&Case {
        source: "HAND-COMPUTED under the reading mail-days-after-roll (Fed. R. Civ. P. 6(d) order): the 30th day after October 2, 2025 is Saturday, November 1, rolled to Monday, November 3; three days later is Thursday, November 6, 2025.",
        court: "tx-district",
        deadline: Some("tx-civil.discovery-response"),
        rules: "tx-civil",
        trigger: "2025-10-02",
        service: Some("mail"),
        reading: Some("mail-days-after-roll"),
        expect: "2025-11-06",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// tx-appellate
// ---------------------------------------------------------------------------

/// Ninety days from Sept. 27, 1988 end on Monday, Dec. 26, 1988, when the
/// Dallas County courthouse was closed (Christmas fell on Sunday); the appeal
/// perfected on Tuesday, Dec. 27 was timely. (Today Dec. 26 is itself a
/// state holiday, Gov't Code § 662.003(b)(8).) Trigger: Dec. 26 minus 90.
#[test]
fn dorchester_ninetieth_day_after_christmas() {
    check(&Case {
        source: "Dorchester Master Ltd. P'ship v. Hunt, 790 S.W.2d 552 (Tex. 1990) (per curiam): 'Dorchester had ninety days from the date the judgment was signed in which to perfect its appeal ... The ninetieth day was Monday, December 26, 1988. Because Christmas Day fell on Sunday, Dallas County observed Monday as a holiday ... The next business day, Tuesday, December 27, Dorchester made a cash deposit in lieu of bond to perfect its appeal'; held timely.",
        court: "tx-appeals",
        deadline: Some("tx-appellate.notice-of-appeal-after-motion"),
        rules: "tx-appellate",
        trigger: "1988-09-27",
        expect: "1988-12-27",
        ..CASE
    });
}

#[test]
fn castillo_notice_of_appeal_thirty_days() {
    check(&Case {
        source: "Ex parte Castillo (Tex. Crim. App.) (the mailbox rule of TRAP 9.2(b) does not cover Federal Express): 'The trial judge denied relief on March 30, 2011. Appellant's notice of appeal was due on April 29, 2011.'",
        court: "tx-appeals",
        deadline: Some("tx-appellate.criminal-notice-of-appeal"),
        rules: "tx-appellate",
        trigger: "2011-03-30",
        expect: "2011-04-29",
        ..CASE
    });
}

/// April 29 + 15 days is Saturday, May 14, 2011: the extension runs to
/// Monday, May 16.
#[test]
fn castillo_rule_26_3_extension_fifteen_days() {
    check(&Case {
        source: "Ex parte Castillo (Tex. Crim. App.): 'But that due date could be extended for an additional fifteen days—until May 16th—by filing a request for an extension of time under TRAP 26.3.'",
        court: "tx-appeals",
        deadline: Some("tx-appellate.notice-of-appeal-extension"),
        rules: "tx-appellate",
        trigger: "2011-04-29",
        expect: "2011-05-16",
        ..CASE
    });
}

#[test]
fn mabry_notice_of_appeal_thirtieth_day_a_friday() {
    check(&Case {
        source: "B. Mabry, 'Counting Days in the State Appellate Courts of the Lone Star State' (mabryappealslaw.com, Jan. 31, 2019): 'the deadline to file a notice of appeal of a final criminal trial court judgment signed Wednesday, January 2, 2019, in which no motion for new trial ... was filed would be Friday, February 1, 2019.'",
        court: "tx-appeals",
        deadline: Some("tx-appellate.criminal-notice-of-appeal"),
        rules: "tx-appellate",
        trigger: "2019-01-02",
        expect: "2019-02-01",
        ..CASE
    });
}

#[test]
fn mabry_notice_of_appeal_thirtieth_day_a_saturday() {
    check(&Case {
        source: "B. Mabry (Jan. 31, 2019): 'let's have the judgment be signed Thursday, January 3. ... the 30th day would now be Saturday, February 2, 2019 ... the deadline is moved yet one more day to Monday, February 4, 2019.'",
        court: "tx-appeals",
        deadline: Some("tx-appellate.criminal-notice-of-appeal"),
        rules: "tx-appellate",
        trigger: "2019-01-03",
        expect: "2019-02-04",
        ..CASE
    });
}

#[test]
fn mabry_notice_of_appeal_over_presidents_day() {
    check(&Case {
        source: "B. Mabry (Jan. 31, 2019): 'the judgment is signed in Montgomery County on Thursday, January 17, 2019 ... The 30th day is Saturday, February 16, 2019 ... Monday the 18th is President's Day ... the last day for filing the notice of appeal is Tuesday, February 19, 2019.'",
        court: "tx-appeals",
        deadline: Some("tx-appellate.criminal-notice-of-appeal"),
        rules: "tx-appellate",
        trigger: "2019-01-17",
        expect: "2019-02-19",
        ..CASE
    });
}

/// Tex. R. App. P. 4.1(b): the clerk's office inaccessible on the last day.
#[test]
fn clerks_office_inaccessible_extends_to_next_open_day() {
    check(&Case {
        source: "HAND-COMPUTED from Tex. R. App. P. 4.1(b) ('if the clerk's office ... is closed or inaccessible during regular hours on the last day for filing the document, the period for filing the document extends to the end of the next day when the clerk's office is open and accessible'), applied to Mabry's first example: judgment signed Wednesday, January 2, 2019, last day Friday, February 1, 2019; with the office inaccessible that Friday, the notice is due Monday, February 4, 2019.",
        court: "tx-appeals",
        deadline: Some("tx-appellate.criminal-notice-of-appeal"),
        rules: "tx-appellate",
        trigger: "2019-01-02",
        inaccessible: &["2019-02-01"],
        expect: "2019-02-04",
        ..CASE
    });
}

#[test]
fn eighth_court_of_appeals_files_to_midnight_mountain_time() {
    let due = compute(&Case {
        source: "Tex. R. App. P. 9.2(c) (before midnight in the court's time zone); the Eighth Court of Appeals sits in El Paso (Mountain time). Mabry's first example: due Friday, February 1, 2019.",
        court: "tx-appeals-8th",
        deadline: Some("tx-appellate.criminal-notice-of-appeal"),
        rules: "tx-appellate",
        trigger: "2019-01-02",
        expect: "2019-02-01",
        ..CASE
    });
    assert_eq!(due.time_zone, "America/Denver");
    let at = due
        .cutoffs
        .iter()
        .find(|c| c.method == "electronic")
        .and_then(|c| c.at)
        .unwrap_or_else(|| panic!("no electronic cut-off in {due}"));
    assert_eq!(
        at.format("%Y-%m-%d %H:%M %:z").to_string(),
        "2019-02-01 23:59 -07:00"
    );
}
