//! Worked examples for the Federal Rules of Bankruptcy Procedure (rule set
//! `frbp`, Rule 9006) and the Federal Rules of Criminal Procedure (rule set
//! `frcrp`, Rule 45, with the Speedy Trial Act periods it computes), each from
//! an authoritative source:
//!
//! - the 2009 committee notes to Fed. R. Bankr. P. 9006(a) and Fed. R. Crim.
//!   P. 45(a), drafted with the Civil and Appellate notes and carrying the
//!   same dated examples. The sentences quoted below were read in the Fed. R.
//!   App. P. 26 copy of the note (House Judiciary Committee print of the FRAP
//!   2014-2015, p. 98); the Bankruptcy and Criminal copies were not re-seen;
//! - court opinions that state the trigger and the due date (or the last
//!   timely day) in their own words.
//!
//! The expected date is always the source's, never the engine's. Five cases
//! (marked HAND-COMPUTED) take the trigger and the facts from an opinion that
//! does not print the last day in the passage read; their expected date was
//! computed by hand from the rule and the federal holiday list, as the
//! comment on each case shows.
//!
//! Each case is checked in the court the source comes from: a bankruptcy case
//! in that district's bankruptcy court profile (bankruptcy-courts.toml), a
//! criminal case in the district court.
use crate::common;
use common::deadline::{CASE, Case, check};

// ---------------------------------------------------------------------------
// Bankruptcy: 2009 committee note to Rule 9006(a)
// ---------------------------------------------------------------------------

/// 2009 note, subd. (a)(5). The tenth day after Wednesday, August 22, 2007 is
/// Saturday, September 1; Monday, September 3 is Labor Day. Computed under
/// the rule as amended in 2009 (before, a 10-day bankruptcy period already
/// counted every day, but the roll is the same).
#[test]
fn frbp_note_2009_labor_day_forward() {
    check(&Case {
        source: "Fed. R. Bankr. P. 9006 advisory committee's note to 2009 amendment, subd. (a)(5) (sentence verified in the parallel Fed. R. App. P. 26 note, FRAP 2014-2015 print p. 98): 'If, for example, a filing is due within 10 days after an event, and the tenth day falls on Saturday, September 1, 2007, then the filing is due on Tuesday, September 4, 2007 (Monday, September 3, is Labor Day).'",
        court: "nysb",
        rules: "frbp",
        period: Some("10 days"),
        direction: "after",
        trigger: "2007-08-22",
        as_of: Some("2009-12-01"),
        expect: "2007-09-04",
        ..CASE
    });
}

/// Same note: a backward period whose last day is Saturday, September 1,
/// 2007 rolls back to Friday, August 31; if the clerk's office is
/// inaccessible that day, 9006(a)(3) carries the filing FORWARD past the
/// weekend and Labor Day.
#[test]
fn frbp_note_2009_backward_then_clerk_inaccessible() {
    check(&Case {
        source: "Fed. R. Bankr. P. 9006 advisory committee's note to 2009 amendment, subd. (a)(5) (verified in the parallel Fed. R. App. P. 26 note): 'But if a filing is due 10 days before an event, and the tenth day falls on Saturday, September 1, then the filing is due on Friday, August 31.'",
        court: "cacb",
        rules: "frbp",
        period: Some("10 days"),
        direction: "before",
        trigger: "2007-09-11",
        as_of: Some("2009-12-01"),
        expect: "2007-08-31",
        ..CASE
    });
    check(&Case {
        source: "Fed. R. Bankr. P. 9006 advisory committee's note to 2009 amendment, subd. (a)(5) (verified in the parallel Fed. R. App. P. 26 note): 'If the clerk's office is inaccessible on August 31, then subdivision (a)(3) extends the filing deadline forward to the next accessible day that is not a Saturday, Sunday or legal holiday—no earlier than Tuesday, September 4.'",
        court: "cacb",
        rules: "frbp",
        period: Some("10 days"),
        direction: "before",
        trigger: "2007-09-11",
        as_of: Some("2009-12-01"),
        inaccessible: &["2007-08-31"],
        expect: "2007-09-04",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// Bankruptcy: notice of appeal (Rule 8002(a))
// ---------------------------------------------------------------------------

/// Before Dec. 1, 2009 the appeal period was 10 days, and a 10-day period was
/// not "less than 8 days": every day counted, New Year's Day 1996 included.
#[test]
fn ballard_1995_ten_day_appeal_counts_the_holiday() {
    check(&Case {
        source: "Ballard v. Tamojira, Inc., No. 96-1745 (4th Cir. Jan. 29, 1997) (per curiam), appeal from E.D. Va.: 'The ten-day period includes weekends and holidays. See Fed. R. Bankr. P. 9006 (providing that intervening Saturdays, Sundays, and legal holidays are excluded if the time period is less than eight days). Here, the bankruptcy court entered its final order on December 26, 1995 ... Under Rule 8002, Ballard's notice of appeal should have been filed by January 5, 1996.'",
        court: "vaeb",
        deadline: Some("frbp.notice-of-appeal"),
        trigger: "1995-12-26",
        expect: "1996-01-05",
        ..CASE
    });
}

/// Two orders, each with a tenth day on a Saturday: the time ran to Monday.
#[test]
fn barnes_2006_ten_day_appeal_saturday_rolls_to_monday() {
    check(&Case {
        source: "In re Barnes, Bankr. No. 06-11258 (RTL), Civ. No. 06-5902 (MLC) (D.N.J. Jan. 29, 2007): 'the October Order — October 4, 2006 — Barnes's time to file a notice of appeal expired on October 16, 2006, as October 14, 2006 fell on a Saturday ... see Fed.R.Bankr.P. 8002(a)'",
        court: "njb",
        deadline: Some("frbp.notice-of-appeal"),
        trigger: "2006-10-04",
        expect: "2006-10-16",
        ..CASE
    });
    check(&Case {
        source: "In re Barnes (D.N.J. Jan. 29, 2007): 'the October Decree — October 11, 2006 — his time to file a notice of appeal expired on October 23, 2006, as October 21, 2006 fell on a Saturday'",
        court: "njb",
        deadline: Some("frbp.notice-of-appeal"),
        trigger: "2006-10-11",
        expect: "2006-10-23",
        ..CASE
    });
}

/// Filing on the eleventh day was "one day out of time": the tenth day,
/// Monday, November 24, 2008, was the last day (Veterans Day, Nov. 11, is
/// intermediate and counted).
#[test]
fn latture_2008_ten_day_appeal() {
    check(&Case {
        source: "In re Latture, 605 F.3d 830 (10th Cir. 2010), case from the W.D. Okla.: 'The bankruptcy court entered summary judgment for Emann on November 14, 2008. Latture did not file his notice of appeal ... until November 25, 2008—eleven days after the bankruptcy court entered its judgment—making it one day out of time according to Fed. R. Bankr. P. 8002(a) and 9006(a).'",
        court: "okwb",
        deadline: Some("frbp.notice-of-appeal"),
        trigger: "2008-11-14",
        expect: "2008-11-24",
        ..CASE
    });
}

/// HAND-COMPUTED. The order was entered Wednesday, January 3, 2018 and the
/// notice of appeal filed Friday, January 19, "sixteen days later", and held
/// untimely. Fourteen days after January 3 is Wednesday, January 17, 2018, a
/// court day (Martin Luther King Jr. Day, January 15, is intermediate and
/// counted). Mailing the order added nothing: the period runs from entry.
#[test]
fn allen_2018_fourteen_day_appeal() {
    check(&Case {
        source: "Sloan v. Allen (In re Allen), Case No. 16-00023, Adv. No. 16-10027 (Bankr. D.D.C. Apr. 19, 2018): 'On Wednesday, January 3, 2018, the clerk entered the Memorandum Decision and Order Denying Defendant's Motion for Reconsideration ... and mailed a copy to Allen ... Sixteen days later, on Friday, January 19, 2018, Allen filed his Notice of Appeal'; 'Allen has failed to file a timely notice of appeal'. Last day hand-computed from Fed. R. Bankr. P. 8002(a)(1) (14 days) and the federal holiday list.",
        court: "dcb",
        deadline: Some("frbp.notice-of-appeal"),
        trigger: "2018-01-03",
        service: Some("mail"),
        expect: "2018-01-17",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// Bankruptcy: claims bar date and dischargeability complaints
// ---------------------------------------------------------------------------

/// Before Dec. 1, 2017: 90 days after the first date set for the § 341
/// meeting. The clerk's notice printed the computed bar date.
#[test]
fn ford_1996_claims_bar_date_90_days_after_341_meeting() {
    check(&Case {
        source: "In re Ford, Bankr. No. 96-41806 (Bankr. N.D. Ala. 1997): the § 341 notice stated 'Bar date is Wed Oct 23, 1996'; 'Avco did not file a proof of claim prior to the § 341 meeting on July 25, 1996; Avco also did not file a claim prior to the claims deadline on October 23, 1996.'",
        court: "alnb",
        deadline: Some("frbp.proof-of-claim-before-2017"),
        trigger: "1996-07-25",
        expect: "1996-10-23",
        ..CASE
    });
}

/// The bar date runs from the meeting date, not from being served with the
/// notice: mailing the notice adds no 9006(f) days (same source, and In re
/// Reynolds (Bankr. N.D. Ga. 1997): 'Rule 9006(f) does not give claimants an
/// additional three days to file a claim').
#[test]
fn ford_1996_mailed_notice_adds_nothing() {
    check(&Case {
        source: "In re Ford (Bankr. N.D. Ala. 1997): 'The clerk mailed this notice on July 3, 1996 to the debtor and all creditors' and the bar date stayed 'Wed Oct 23, 1996'; In re Reynolds (Bankr. N.D. Ga. Oct. 14, 1997): 'Rule 9006(f) does not give claimants an additional three days to file a claim'",
        court: "alnb",
        deadline: Some("frbp.proof-of-claim-before-2017"),
        trigger: "1996-07-25",
        service: Some("mail"),
        expect: "1996-10-23",
        ..CASE
    });
}

/// HAND-COMPUTED. Sixty days after the September 30, 1987 meeting is Sunday,
/// November 29, 1987 (the notice printed that date); under Rule 9006(a) the
/// period runs to Monday, November 30, when the complaint was filed. The
/// court's holding was not in the passage read.
#[test]
fn day_1987_dischargeability_sunday_rolls_to_monday() {
    check(&Case {
        source: "In re Day, 82 B.R. 365 (Bankr. E.D. Pa. 1988): 'a notice scheduling the meeting of creditors pursuant to Section 341 of the Code on September 30, 1987 ... That notice set November 29, 1987, a Sunday, as the last date for the filing of ... a complaint to determine the dischargeability of a debt. On Monday, November 30, 1987, the Plaintiff filed its Complaint.' Last day hand-computed under Fed. R. Bankr. P. 9006(a) (a Sunday last day runs to the next day).",
        court: "paeb",
        deadline: Some("frbp.dischargeability-complaint"),
        trigger: "1987-09-30",
        expect: "1987-11-30",
        ..CASE
    });
}

/// HAND-COMPUTED. The 2009 rule: sixty days after October 20, 2010 is Sunday,
/// December 19, 2010; 9006(a)(1)(C) runs the period to Monday, December 20,
/// when the complaint was filed. The holding was not in the passage read.
#[test]
fn mcvay_2010_dischargeability_sunday_rolls_to_monday() {
    check(&Case {
        source: "Halliburton Energy Servs., Inc. v. McVay (In re McVay) (Bankr. C.D. Ill. 2011): 'The first meeting of creditors was scheduled for October 20, 2010 ... the deadline ... was December 19, 2010, which was 60 days after the date of the creditors' meeting and which happened to be a Sunday. HALLIBURTON filed a complaint ... on Monday, December 20, 2010'. Last day hand-computed under Fed. R. Bankr. P. 9006(a)(1)(C).",
        court: "ilcb",
        deadline: Some("frbp.dischargeability-complaint"),
        trigger: "2010-10-20",
        expect: "2010-12-20",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// Criminal: 2009 committee note to Rule 45(a)
// ---------------------------------------------------------------------------

#[test]
fn frcrp_note_2009_labor_day_forward() {
    check(&Case {
        source: "Fed. R. Crim. P. 45 advisory committee's note to 2009 amendment, subd. (a)(5) (sentence verified in the parallel Fed. R. App. P. 26 note): 'If, for example, a filing is due within 10 days after an event, and the tenth day falls on Saturday, September 1, 2007, then the filing is due on Tuesday, September 4, 2007 (Monday, September 3, is Labor Day).'",
        court: "nysd",
        rules: "frcrp",
        period: Some("10 days"),
        direction: "after",
        trigger: "2007-08-22",
        as_of: Some("2009-12-01"),
        expect: "2007-09-04",
        ..CASE
    });
}

#[test]
fn frcrp_note_2009_labor_day_backward() {
    check(&Case {
        source: "Fed. R. Crim. P. 45 advisory committee's note to 2009 amendment, subd. (a)(5) (verified in the parallel Fed. R. App. P. 26 note): 'But if a filing is due 10 days before an event, and the tenth day falls on Saturday, September 1, then the filing is due on Friday, August 31.'",
        court: "txsd",
        rules: "frcrp",
        period: Some("10 days"),
        direction: "before",
        trigger: "2007-09-11",
        as_of: Some("2009-12-01"),
        expect: "2007-08-31",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// Criminal: Speedy Trial Act and Rule 35(a)
// ---------------------------------------------------------------------------

/// Day one of the 30 days is the day after the arrest; the information filed
/// on the thirtieth day was timely.
#[test]
fn skanes_1992_speedy_trial_thirty_days() {
    check(&Case {
        source: "United States v. Skanes, 17 F.3d 1352 (11th Cir. 1994), appeal from N.D. Fla.: 'Appellant was arrested by federal authorities on September 29, 1992 ... On October 29, the government filed an information against appellant ... because day one of the thirty-day period is the day after an individual's arrest, the charges against appellant were filed in compliance with the Speedy Trial Act.'",
        court: "flnd",
        deadline: Some("frcrp.speedy-trial-indictment"),
        trigger: "1992-09-29",
        expect: "1992-10-29",
        ..CASE
    });
}

/// HAND-COMPUTED. Before 2009, Rule 35(a)'s 7 days were under 11 days, so
/// intermediate weekends and holidays were excluded: from Monday, December
/// 29, 2003 the days are Dec. 30, Dec. 31, (Jan. 1 New Year's Day skipped)
/// Jan. 2, (weekend skipped) Jan. 5, 6, 7, 8. The court vacated the sentence
/// on January 9, 2004, one day after the period.
#[test]
fn fitzgerald_2003_rule_35a_seven_court_days() {
    check(&Case {
        source: "United States v. Fitzgerald, No. 04-8051 (10th Cir. Nov. 17, 2004) (order and judgment), appeal from D. Wyo.: 'On December 29, 2003, the district court sentenced Defendant to 33 months' imprisonment ... On January 9, 2004, the court vacated Defendant's sentence'. Last day of the former 7-day Rule 35(a) period hand-computed under former Fed. R. Crim. P. 45(a) (under 11 days: intermediate Saturdays, Sundays and legal holidays excluded) and the federal holiday list.",
        court: "wyd",
        deadline: Some("frcrp.correct-sentence"),
        trigger: "2003-12-29",
        expect: "2004-01-08",
        ..CASE
    });
}

/// HAND-COMPUTED. Sentence orally pronounced Wednesday, July 6, 2005; seven
/// days excluding the intermediate weekend: July 7, 8, 11, 12, 13, 14, 15.
#[test]
fn vicol_2005_rule_35a_seven_court_days() {
    check(&Case {
        source: "United States v. Vicol, 460 F.3d 693 (6th Cir. 2006), appeal from W.D. Mich.: Rule 35(a) 'permits a court to \"correct a sentence\" no later than seven days after that sentence is orally pronounced'; 'the sentencing hearing held on Wednesday, July 6, 2005'. Last day hand-computed under former Fed. R. Crim. P. 45(a) (periods under 11 days exclude intermediate Saturdays, Sundays and legal holidays).",
        court: "miwd",
        deadline: Some("frcrp.correct-sentence"),
        trigger: "2005-07-06",
        expect: "2005-07-15",
        ..CASE
    });
}
