//! Worked examples for time computation in the California state courts
//! (rule set `ca-civil`: Code Civ. Proc. §§ 12-12c, 1005, 1010.6, 1013,
//! 437c, 659, 2030.300 ...; Cal. Rules of Court 8.104, 8.212), each taken
//! from a source that states the trigger and the due date, or the trigger and
//! whether a given day was on time:
//!
//! - published opinions of the California Supreme Court and Courts of Appeal
//!   (DeLeon 1983, McAvoy 1995, California Accounts 1975, Robinson 2008,
//!   Golf & Tennis Pro Shop 2022, Cole 2022) and one unpublished opinion
//!   (Palacios, c. 2010-2011, cited for its facts only: CRC 8.1115 bars citing it in
//!   court);
//! - rulings of superior courts (Orange County 2017, Los Angeles 2024, San
//!   Diego 2024) that compute a deadline from a stated trigger.
//!
//! The expected date is always the source's, never the engine's. Where the
//! source states the trigger, the rule and whether a day was late but not the
//! last timely day in so many words, the derivation is spelled out next to
//! the case. Three cases (marked HAND-COMPUTED) give only the trigger and the
//! statute; their dates were worked out by hand from the statute and the
//! official court holiday lists.
//!
//! Every case is checked in `ca-superior`: the rule set and the holiday
//! calendar are statewide.
use crate::common;
use common::deadline::{CASE, Case, check};
use common::{book, d};
use court_deadlines::Trigger;

// ---------------------------------------------------------------------------
// CCP § 12a: a last day on a holiday or a weekend moves to the next court day.
// ---------------------------------------------------------------------------

/// DeLeon v. Bay Area Rapid Transit Dist. (1983) 33 Cal.3d 456. Six months
/// from the written denial on June 25, 1979 ended on Tuesday, December 25,
/// 1979 (Christmas); the Supreme Court held § 12a applies, so the complaint
/// filed December 26 was timely. Months count to the same day-number.
#[test]
fn deleon_six_months_ending_on_christmas() {
    check(&Case {
        source: "DeLeon v. Bay Area Rapid Transit Dist. (1983) 33 Cal.3d 456, 457-458: 'her claim had been denied in writing on June 25, 1979 ... This would have made the date the complaint was filed, December 26, one day beyond the six-month time limit. DeLeon argued that it was nevertheless timely because under Code of Civil Procedure section 12a, the time period was extended by one day since the last day fell on a holiday -- Christmas.' Held: § 12a applies ('We conclude that the answer is yes').",
        court: "ca-superior",
        rules: "ca-civil",
        period: Some("6 months"),
        direction: "after",
        trigger: "1979-06-25",
        expect: "1979-12-26",
        ..CASE
    });
}

/// McAvoy v. Harvey L. Lerer, Inc. (1995) 35 Cal.App.4th 1128. Thirty days
/// from January 6, 1994 ended on Saturday, February 5; the complaint filed
/// Monday, February 7 was timely under § 12a.
#[test]
fn mcavoy_thirty_days_ending_on_saturday() {
    check(&Case {
        source: "McAvoy v. Harvey L. Lerer, Inc. (1995) 35 Cal.App.4th 1128, 1130: 'The State Bar Arbitration Panel issued a nonbinding award in favor of respondent on January 6, 1994. Thirty-two days later, on Monday, February 7, 1994, appellants filed a lawsuit'; held that § 12a 'is applicable to the 30-day time limit', so the filing was timely.",
        court: "ca-superior",
        rules: "ca-civil",
        period: Some("30 days"),
        direction: "after",
        trigger: "1994-01-06",
        expect: "1994-02-07",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// CCP § 1013(a): five calendar days for mail within California.
// ---------------------------------------------------------------------------

/// California Accounts, Inc. v. Superior Court (1975) 50 Cal.App.3d 483.
/// Answers to interrogatories mailed March 10, 1975; the 30-day period to
/// move for further answers (former § 2030(a)) was extended by § 1013 to 35
/// days, i.e. to Monday, April 14, 1975; the motion of April 11 was timely.
#[test]
fn california_accounts_mail_adds_five_days() {
    check(&Case {
        source: "California Accounts, Inc. v. Superior Court (1975) 50 Cal.App.3d 483, 484-485: 'On March 10, 1975, real party in interest served his answers to the interrogatories on petitioner by mail. On April 11, 32 days later, petitioner served and filed a motion to compel further answers' - the trial court rejected 'petitioner's argument that Code of Civil Procedure section 1013 extended its time to move for further answers to 35 days'; the Court of Appeal: 'section 1013 is applicable'. Day 35 after March 10, 1975 is Monday, April 14, 1975.",
        court: "ca-superior",
        rules: "ca-civil",
        period: Some("30 days"),
        direction: "after",
        trigger: "1975-03-10",
        service: Some("mail"),
        expect: "1975-04-14",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// CCP § 659: no service extension for the notice of intention to move for a
// new trial; § 12a moves a weekend last day.
// ---------------------------------------------------------------------------

/// Orange County Superior Court, ruling of March 7, 2017 (Claster, J.) on a
/// JNOV and new-trial motion (a worked example recorded in a secondary summary). Notice of entry e-served
/// Friday, January 6, 2017; 15 days, no extension for electronic service.
#[test]
fn orange_county_2017_new_trial_notice() {
    check(&Case {
        source: "Orange County Superior Court (Judge William D. Claster), tentative ruling on motions for JNOV and new trial, Mar. 7, 2017 (caselaw.lexroll.com/2017/03/07): 'Plaintiff electronically served Defendant with a Notice of Entry of Judgment prior to 5:00 p.m. that same day [01/06/17]. As a result, Defendant was required to file and serve any Notice of Intent to move for new trial within 15 days of 01/06/17. (CCP § 659(a)(2).) Because the 15th day fell on Saturday, January 21, Defendant had until 01/23/17 to file and serve his Notice of Intent.'",
        court: "ca-superior",
        deadline: Some("ca-civil.new-trial-notice"),
        trigger: "2017-01-06",
        service: Some("electronic"),
        expect: "2017-01-23",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// Summary judgment (CCP § 437c): notice counted back from the hearing, with
// the service days counted further back (CCP § 12c(b)).
// ---------------------------------------------------------------------------

/// Cole v. Superior Court (2022) 87 Cal.App.5th 84. Trial January 20, 2023;
/// the motion must be heard no later than 30 days before trial
/// (§ 437c(a)(3)): Wednesday, December 21, 2022. Counting 75 days back
/// (Friday, October 7) and two court days more for electronic service
/// (§ 1010.6) gives Wednesday, October 5, 2022: the day the motion was
/// e-served, which the court held timely "with no time to spare".
#[test]
fn cole_2022_msj_served_electronically() {
    check(&Case {
        source: "Cole v. Superior Court (2022) 87 Cal.App.5th 84: 'Petitioners electronically filed and served a motion for summary judgment on October 5, 2022' with 'trial in the matter ... already set for January 20, 2023'; 'Accordingly, their motion filed on October 5 was timely, but with no time to spare' (quoted in Casey Gerry, 'Does Emailing a Motion Extend the Deadline for Service?', Apr. 13, 2023; the opinion adds two court days under CCP § 1010.6 to the 75-day notice).",
        court: "ca-superior",
        deadline: Some("ca-civil.msj-notice"),
        trigger: "2022-12-21",
        service: Some("electronic"),
        expect: "2022-10-05",
        ..CASE
    });
    // The hearing date used above: 30 days before the January 20, 2023 trial
    // (derived from § 437c(a)(3) and the trial date stated in Cole).
    check(&Case {
        source: "Cole v. Superior Court (2022) 87 Cal.App.5th 84 (trial set for January 20, 2023) and CCP § 437c(a)(3) ('heard no later than 30 days before the date of trial'): the last hearing date is Wednesday, December 21, 2022, the date from which the October 5 deadline follows.",
        court: "ca-superior",
        deadline: Some("ca-civil.msj-last-hearing"),
        trigger: "2023-01-20",
        expect: "2022-12-21",
        ..CASE
    });
}

/// Robinson v. Woods (2008) 168 Cal.App.4th 1258. Motion mailed January 26,
/// 2007 for a hearing on April 12, 2007: 76 days, short of the "minimum
/// [80-day] statutory notice" (75 days plus 5 for mail). Eighty days before
/// April 12 is Monday, January 22, 2007 (75 days back is Saturday, January
/// 27; 5 more back is January 22). Computed under the 75-day version.
#[test]
fn robinson_2008_msj_served_by_mail() {
    check(&Case {
        source: "Robinson v. Woods (2008) 168 Cal.App.4th 1258 (as reported in Metropolitan News-Enterprise, Dec. 8, 2008): 'The motion for summary judgment was served by mail on Jan. 26 of last year. It noticed a hearing date of April 12, 76 days after mailing'; 'The importance of providing the minimum [80-day] statutory notice of a summary judgment hearing cannot be overemphasized' - 75 days plus five days for mailing within the state.",
        court: "ca-superior",
        deadline: Some("ca-civil.msj-notice"),
        trigger: "2007-04-12",
        service: Some("mail"),
        expect: "2007-01-22",
        ..CASE
    });
}

/// Palacios v. Kay-Co Investments (Cal. Ct. App., 1st Dist., not
/// published; Sonoma County Super. Ct. No. SCV-237899). Trial November 20,
/// 2009; the 30th day before trial, Wednesday, October 21, 2009, was a
/// statewide court closure day (Gov. Code § 68106).
/// The court needed "good cause" to hear the motion on the 29th day
/// (Thursday, October 22): the forward move of § 12a did not apply of its
/// own force. This file's rule gives the last court day before the closure,
/// Tuesday, October 20 (derived); the literal-§ 12a reading gives October 22,
/// the day the court actually heard the motion.
#[test]
fn palacios_2009_last_hearing_day_was_a_closure_day() {
    let source = "Palacios v. Kay-Co Investments, Inc. (Cal. Ct. App., 1st Dist., nonpub.; Sonoma County Super. Ct. No. SCV-237899): 'We conclude there was good cause to hear a summary judgment motion on the 29th day before the trial date when the court was closed for budgetary reasons on the 30th day'; 'Trial was set for November 20, 2009.'";
    check(&Case {
        source,
        court: "ca-superior",
        deadline: Some("ca-civil.msj-last-hearing"),
        trigger: "2009-11-20",
        expect: "2009-10-20",
        ..CASE
    });
    check(&Case {
        source,
        court: "ca-superior",
        deadline: Some("ca-civil.msj-last-hearing"),
        trigger: "2009-11-20",
        reading: Some("hearing-periods-roll-forward"),
        expect: "2009-10-22",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// Electronic service: two court days (CCP § 1010.6(a)(3)(B)), added to the
// period before the § 12a roll.
// ---------------------------------------------------------------------------

/// Golf & Tennis Pro Shop, Inc. v. Superior Court (2022) 84 Cal.App.5th 127.
/// Verifications e-served March 17, 2021; 45 days end Saturday, May 1; two
/// court days added to the period give Tuesday, May 4. The motions filed on
/// May 5 were "one day too late" - the date the roll-first order (Monday,
/// May 3, plus two court days) would give.
#[test]
fn golf_and_tennis_2022_motion_to_compel_further() {
    let source = "Golf & Tennis Pro Shop, Inc. v. Superior Court (2022) 84 Cal.App.5th 127: verifications 'were not received until March 17, 2021' and 'petitioner filed a notice of motion to compel further responses on May 5, 2021' (case summary, studicata.com); 'the pro shop's motion to compel against two plaintiffs was filed one day too late' (Boutin Jones, 'Don't Roll the Dice on Discovery Deadlines', Nov. 30, 2022); '2 days extra for electronic service' (caccp.blogspot.com, Oct. 2022). The last timely day was therefore Tuesday, May 4, 2021.";
    check(&Case {
        source,
        court: "ca-superior",
        deadline: Some("ca-civil.motion-to-compel-further"),
        trigger: "2021-03-17",
        service: Some("electronic"),
        expect: "2021-05-04",
        ..CASE
    });
    // The alternative order (roll the 45th day to Monday, May 3, then add two
    // court days) gives May 5, the filing date the court held late.
    check(&Case {
        source,
        court: "ca-superior",
        deadline: Some("ca-civil.motion-to-compel-further"),
        trigger: "2021-03-17",
        service: Some("electronic"),
        reading: Some("service-days-after-roll"),
        expect: "2021-05-05",
        ..CASE
    });
}

/// Los Angeles Superior Court, Wilson v. Choi, 23STCV14713, tentative ruling
/// of March 28, 2024 (Arian, J.). Hearing Thursday, March 28, 2024; motion
/// e-served March 5. The court required 18 court days (16 under § 1005(b)
/// plus 2 under § 1010.6) and found notice insufficient. Eighteen court days
/// before March 28 is Monday, March 4, 2024 (derived).
#[test]
fn los_angeles_2024_motion_served_electronically() {
    check(&Case {
        source: "Los Angeles Superior Court, Wilson v. Choi, No. 23STCV14713, tentative ruling, hearing March 28, 2024 (Dept. 27): 'Accordingly, Plaintiff needed to serve the motion 18 court days before the hearing. ... It is undisputed that Plaintiff's motion was served electronically on March 5, 2024.' 'Notice: Insufficient.' The 18th court day before Thursday, March 28, 2024 is Monday, March 4.",
        court: "ca-superior",
        deadline: Some("ca-civil.motion-papers"),
        trigger: "2024-03-28",
        service: Some("electronic"),
        expect: "2024-03-04",
        ..CASE
    });
}

/// San Diego Superior Court, Fairbanks Montecito Homeowners Ass'n v.
/// Moriarty, 37-2023-00030034, tentative ruling for May 24, 2024 (Freeland,
/// J.). An opposition e-served May 13, 2024 - exactly nine court days before
/// the hearing - was untimely because § 1010.6 adds two court days. Eleven
/// court days before Friday, May 24 is Thursday, May 9, 2024 (derived).
#[test]
fn san_diego_2024_opposition_served_electronically() {
    check(&Case {
        source: "San Diego Superior Court, Fairbanks Montecito HOA v. Moriarty, No. 37-2023-00030034-CU-CO-NC, tentative ruling for the hearing of 05/24/2024: '[a]ll papers opposing a motion so noticed shall be filed with the court and a copy served on each party at least nine court days . . . before the hearing. ... Where, as here, an opposition is served electronically, the notice period is extended by two court days. See Cal. Code Civ. P. § 1010.6(a)(3)(B). On that basis, the court agrees that Plaintiff's opposition, which was filed and served on May 13, 2024, was untimely.'",
        court: "ca-superior",
        deadline: Some("ca-civil.opposition"),
        trigger: "2024-05-24",
        service: Some("electronic"),
        expect: "2024-05-09",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// Service of summons: completion dates are not rolled (rules/README.md, 'Completion dates').
// ---------------------------------------------------------------------------

/// HAND-COMPUTED. Anderson v. Sherman (1981) 125 Cal.App.3d 228: summons
/// mailed to out-of-state defendants under § 415.40 on September 28, 1979.
/// Service was complete on the 10th day, Monday, October 8, 1979 (Columbus
/// Day, then a judicial holiday: a completion date is not moved), and the
/// response was due 30 days later, Wednesday, November 7, 1979.
#[test]
fn anderson_1979_service_by_mail_outside_california() {
    let source = "HAND-COMPUTED from Anderson v. Sherman (1981) 125 Cal.App.3d 228, 231: 'On September 28, 1979, plaintiff's attorney served both defendants pursuant to the provisions of Code of Civil Procedure section 415.40 by mailing a copy of the summons and complaint by certified mail', and CCP § 415.40 (service 'deemed complete on the 10th day after such mailing') and § 412.20(a)(3) (30 days); the defaults were entered on November 28, 1979, after that time.";
    check(&Case {
        source,
        court: "ca-superior",
        deadline: Some("ca-civil.out-of-state-service-complete"),
        trigger: "1979-09-28",
        expect: "1979-10-08",
        ..CASE
    });
    check(&Case {
        source,
        court: "ca-superior",
        deadline: Some("ca-civil.answer-after-out-of-state-service"),
        trigger: "1979-10-08",
        expect: "1979-11-07",
        ..CASE
    });
}

/// HAND-COMPUTED. Substituted service mailed Friday, August 22, 2025 is
/// complete on the 10th day, Monday, September 1, 2025 (Labor Day), which
/// stands; the response is due 30 days later, Wednesday, October 1, 2025.
/// Rolling the completion date to Tuesday, September 2 would wrongly give
/// Thursday, October 2. Checked through the schedule chain too.
#[test]
fn substituted_service_completed_on_labor_day_2025() {
    let source = "HAND-COMPUTED from CCP § 415.20 ('deemed complete on the 10th day after the mailing') and § 412.20(a)(3) (30 days), with the official 2025 judicial holiday list (San Bernardino Superior Court, 'Judicial Holidays In 2025': 'Monday September 1, 2025 Labor Day').";
    check(&Case {
        source,
        court: "ca-superior",
        deadline: Some("ca-civil.substituted-service-complete"),
        trigger: "2025-08-22",
        expect: "2025-09-01",
        ..CASE
    });
    check(&Case {
        source,
        court: "ca-superior",
        deadline: Some("ca-civil.answer-after-substituted-service"),
        trigger: "2025-09-01",
        expect: "2025-10-01",
        ..CASE
    });
    let court = book()
        .court("ca-superior")
        .unwrap_or_else(|e| panic!("{e}"));
    let s = court
        .schedule(
            "ca-civil.substituted-service-mailed",
            &Trigger::on(d("2025-08-22")),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let answer = s
        .entries
        .iter()
        .find(|e| e.deadline.rule.deadline.as_deref() == Some("answer-after-substituted-service"))
        .unwrap_or_else(|| panic!("no answer deadline in the schedule\n  source: {source}"));
    assert_eq!(answer.deadline.date, d("2025-10-01"), "source: {source}");
}

// ---------------------------------------------------------------------------
// CRC 8.104: no extension for service; the day after Thanksgiving is a
// California judicial holiday (CCP § 135) though not a federal one.
// ---------------------------------------------------------------------------

/// HAND-COMPUTED. Notice of entry mailed Monday, September 29, 2025: day 60
/// is Friday, November 28, 2025, the day after Thanksgiving (a judicial
/// holiday under CCP § 135), so the notice of appeal is due Monday,
/// December 1, 2025. Mail adds nothing (CCP § 1013(a) excepts notices of
/// appeal).
#[test]
fn notice_of_appeal_after_thanksgiving_2025() {
    check(&Case {
        source: "HAND-COMPUTED from Cal. Rules of Court, rule 8.104(a)(1) ('60 days after ... Notice of Entry'), CCP § 1013(a) ('the extension shall not apply to extend the time for filing ... notice of appeal'), CCP § 12a, and the official 2025 judicial holiday list (San Bernardino Superior Court, 'Judicial Holidays In 2025': 'Friday November 28, 2025 Day after Thanksgiving').",
        court: "ca-superior",
        deadline: Some("ca-civil.notice-of-appeal"),
        trigger: "2025-09-29",
        service: Some("mail"),
        expect: "2025-12-01",
        ..CASE
    });
}

/// Rule 8.104(a)(1): the earliest of 60 days after service of notice of
/// entry and 180 days after entry governs. Hand-computed from the rule and
/// the California judicial holidays: judgment entered Monday, March 2, 2026;
/// notice of entry served Tuesday, March 10, 2026. 60 days after March 10 is
/// Saturday, May 9, rolled to Monday, May 11 (Code Civ. Proc. § 12a); 180
/// days after March 2 is Saturday, August 29, rolled to Monday, August 31.
/// The earliest is May 11. Without the notice, only the 180-day limit is
/// computed, with a warning.
#[test]
fn notice_of_appeal_earliest_of_the_rule_8104_periods() {
    use court_deadlines::{RuleBook, Trigger};
    let book = RuleBook::bundled().unwrap();
    let court = book.court("ca-superior").unwrap();
    let entered = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let served = chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
    let t = Trigger::on(entered).event_on("notice-of-entry-served", served);
    let due = court
        .compute("ca-civil.notice-of-appeal-earliest", &t)
        .unwrap();
    assert_eq!(due.date.to_string(), "2026-05-11", "{due}");
    let alone = court
        .compute("ca-civil.notice-of-appeal-earliest", &Trigger::on(entered))
        .unwrap();
    assert_eq!(alone.date.to_string(), "2026-08-31", "{alone}");
    assert!(
        alone
            .warnings
            .iter()
            .any(|w| w.message.contains("not computed"))
    );
}
