//! Worked examples for New York civil practice (rule set `ny-civil`, courts
//! `ny-supreme` and `ny-appellate-division`): the General Construction Law's
//! counting rules (GCL 20, 25-a, 30, 58), the CPLR 2103(b) service days, and
//! the CPLR deadlines that use them.
//!
//! Each case names its source and quotes the line relied on. The expected
//! date is the source's: either stated in it, or fixed by what it states
//! (e.g. "required to have mailed its motion papers at least 21 days prior
//! to the return date" of April 6, 2016). Five cases (a minority) give only
//! a trigger and the rule in their source; their dates were computed by hand
//! from the rule, the dates the opinion states and, for the holiday cases,
//! the official Unified Court System 2024 holiday list. Each source string
//! says "hand-computed".
//!
//! Opinions before 2016 (the rule set's valid_from) and before 2024 (the
//! us-ny calendar's) are computed with a coverage warning; the periods they
//! apply are unchanged in the current text (noted with each case).
use crate::common;
use common::deadline::{CASE, Case, check};

// ---------------------------------------------------------------------------
// CPLR 2214(b) notices counted back from the return date, with the CPLR
// 2103(b) days counted further back.
// ---------------------------------------------------------------------------

/// Zisholtz: a notice of motion demanding seven days' answering papers must
/// be served 16 days before the return date; by mail, 21 days. The return
/// date was Wednesday, April 6, 2016; the last day to mail was Wednesday,
/// March 16, 2016 (the plaintiff's March 17 mailing, 20 days before, was one
/// day late).
#[test]
fn zisholtz_demand_notice_by_mail_21_days() {
    check(&Case {
        source: "Zisholtz & Zisholtz, LLP v Mandel, 2018 NY Slip Op 07349 (2d Dept 2018): 'The plaintiff served its motion by regular mail on March 17, 2016, with a return date of April 6, 2016. In order to make effective its demand for seven days' notice of answering papers or a cross motion (see CPLR 2214[b]; CPLR 2215), the plaintiff was required to have mailed its motion papers at least 21 days prior to the return date (see CPLR 2103[b][2]; CPLR 2214[b]). The plaintiff mailed its motion papers only 20 days before the return date.'",
        court: "ny-supreme",
        deadline: Some("ny-civil.notice-of-motion-with-demand"),
        rules: "ny-civil",
        trigger: "2016-04-06",
        service: Some("mail"),
        expect: "2016-03-16",
        ..CASE
    });
}

/// Shafer (NYLJ 2007), ordinary mail: papers mailed August 1 can be
/// returnable no earlier than August 14 (8 + 5 = 13 days). Counted back from
/// a Tuesday, August 14, 2007 return date, the last day to mail is
/// Wednesday, August 1, 2007. The 8-day rule of CPLR 2214(b) is unchanged
/// since (the July 3, 2007 amendment changed the demand periods only).
#[test]
fn shafer_notice_of_motion_by_mail_13_days() {
    check(&Case {
        source: "Howard Shafer, NYLJ (Aug. 2007), quoted at blog.bluestonelawfirm.com (Aug. 2007): 'In the case of ordinary mail, five days are tacked onto CPLR R. 2214(b)'s requirement that the movant must give at least eight days notice of the motion, thus making the notice period 13 days. ... For example, if today is Aug. 1 and the motion papers are to be mailed today, the earliest day for which the hearing can be set if service is to be via ordinary mail is Aug. 14.'",
        court: "ny-supreme",
        deadline: Some("ny-civil.notice-of-motion"),
        rules: "ny-civil",
        trigger: "2007-08-14",
        service: Some("mail"),
        expect: "2007-08-01",
        ..CASE
    });
}

/// Shafer, overnight delivery: one business day more than the 8 days.
/// Return date Friday, August 10, 2007; the eighth day before is Thursday,
/// August 2; one business day earlier is Wednesday, August 1, 2007.
#[test]
fn shafer_notice_of_motion_by_overnight_delivery() {
    check(&Case {
        source: "Howard Shafer, NYLJ (Aug. 2007), quoted at blog.bluestonelawfirm.com: 'One day is tacked on where overnight mail service is used, making the notice period nine days. ... if today is Aug. 1 ... If service is to be via overnight mail, the earliest day for which the hearing can be set is Aug. 10.'",
        court: "ny-supreme",
        deadline: Some("ny-civil.notice-of-motion"),
        rules: "ny-civil",
        trigger: "2007-08-10",
        service: Some("overnight"),
        expect: "2007-08-01",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// CPLR 511(b): the venue motion, with and without mail days.
// ---------------------------------------------------------------------------

/// Simon v Usher: demand served by mail Thursday, August 20, 2009; 15 + 5
/// days ends Wednesday, September 9, 2009, the day the motion was made and
/// held timely. (CPLR 511(b) and 2103(b)(2) in-state mail are unchanged.)
#[test]
fn simon_v_usher_venue_motion_mail_adds_five_days() {
    check(&Case {
        source: "Simon v Usher, 17 NY3d 625 (2011): 'The question presented for our review is whether the five-day extension under CPLR 2103 (b) (2) applies to the 15-day time period prescribed by CPLR 511 (b) to move for change of venue when a defendant serves its demand for change of venue by mail. We hold that it does.' ... 'the Usher defendants ... served their verified answers and demands to change venue ... on August 20, 2009. Twenty days later, on September 9th, the Usher defendants moved to change venue'",
        court: "ny-supreme",
        deadline: Some("ny-civil.change-venue-motion"),
        rules: "ny-civil",
        trigger: "2009-08-20",
        service: Some("mail"),
        expect: "2009-09-09",
        ..CASE
    });
}

/// Woodward: a demand e-served through NYSCEF on July 14, 2015 adds no
/// days; the motion was due July 29, 2015.
#[test]
fn woodward_venue_motion_electronic_service_adds_nothing() {
    check(&Case {
        source: "Woodward v Millbrook Ventures LLC, 2017 NY Slip Op 02522 (1st Dept 2017): defendants 'served their demand for change of venue, together with their answer, by e-filing the documents on July 14, 2015 (22 NYCRR 202.5-b[f][2][ii]). Having served their demand, defendants were required to bring their motion to change venue within 15 days, or by July 29, 2015 (CPLR 511).'",
        court: "ny-supreme",
        deadline: Some("ny-civil.change-venue-motion"),
        rules: "ny-civil",
        trigger: "2015-07-14",
        service: Some("electronic"),
        expect: "2015-07-29",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// The sender's own period: no mail days (HSBC v Maniatopoulos).
// ---------------------------------------------------------------------------

/// HSBC: the answer was mailed Monday, December 23, 2013; the 60 days of
/// CPLR 3211(e) end Friday, February 21, 2014, and mailing the answer adds
/// nothing (the motion made 65 days later was untimely). The date is
/// hand-computed from the opinion's trigger and rule.
#[test]
fn hsbc_sixty_days_not_extended_for_senders_own_mailing() {
    check(&Case {
        source: "HSBC Bank USA, N.A. v Maniatopoulos, 175 AD3d 575 (2d Dept 2019): 'The defendant Joyce Maniatopoulos served her answer, by mail, on December 23, 2013. Sixty-five days later, Maniatopoulos moved pursuant to CPLR 3211(a)(8) ...' and 'CPLR 2103 (b) (2) does not give the defendant the option to extend that period by another five days'. Due date hand-computed from those words: 60 days after December 23, 2013.",
        court: "ny-supreme",
        deadline: Some("ny-civil.move-on-service-objection"),
        rules: "ny-civil",
        trigger: "2013-12-23",
        service: Some("mail"),
        expect: "2014-02-21",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// Service of process: completion under CPLR 308(2) and the 120-day count.
// ---------------------------------------------------------------------------

/// Genesis v Gee: proof of CPLR 308(2) service filed June 17, 2013; service
/// complete ten days later, June 27, 2013.
#[test]
fn genesis_v_gee_service_complete_ten_days_after_filing() {
    check(&Case {
        source: "Genesis Merchant Partners, LP v Gee, 2013 NY Slip Op 32328(U) (Sup Ct NY County, Sept. 17, 2013), as quoted at legalvictor.net: 'substituted service was made on defendant's place of business in Tennessee on June 7, 2013, and the affidavit of service was filed with the court on June 17, 2013. Thus, service was complete on June 27, 2013, which is 10 days from the filing of proof of service.'",
        court: "ny-supreme",
        deadline: Some("ny-civil.service-complete-substituted"),
        rules: "ny-civil",
        trigger: "2013-06-17",
        expect: "2013-06-27",
        ..CASE
    });
}

/// Dolson: filed September 27, 1995; the 120th day was January 25, 1996.
/// Former CPLR 306-b(a) required proof of service to be filed within 120
/// days of filing; the count (GCL 20) is the same as for today's 306-b
/// service period, so the ad hoc period is checked rather than the deadline.
#[test]
fn dolson_120_days_after_filing() {
    check(&Case {
        source: "Dolson v DiPietro (2d Dept, June 22, 1998): 'It is undisputed by the parties that the plaintiffs commenced the instant action by filing a summons with notice on September 27, 1995. It is also undisputed that the plaintiffs did not file the proof of service until January 29, 1996, 124 days later. Thus, the action was automatically dismissed on January 25, 1996 (see, CPLR former 306-b [a])'",
        court: "ny-supreme",
        period: Some("120 days"),
        rules: "ny-civil",
        direction: "after",
        trigger: "1995-09-27",
        expect: "1996-01-25",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// GCL 20, 25-a and 58: years, weekends.
// ---------------------------------------------------------------------------

/// Sewdial: six years from Friday, September 21, 2007 is Saturday,
/// September 21, 2013, so the action could be commenced Monday, September
/// 23, 2013.
#[test]
fn sewdial_six_years_saturday_to_monday() {
    check(&Case {
        source: "Deutsche Bank Natl. Trust Co. v Sewdial, 173 AD3d 685 (2d Dept 2019): 'It is undisputed that the limitations period in this case began to run on September 21, 2007. Although six years from that date is September 21, 2013, we take judicial notice of the fact that September 21, 2013, was a Saturday ... Thus, pursuant to General Construction Law § 25-a (1), the plaintiff had until Monday, September 23, 2013, to commence this action'",
        court: "ny-supreme",
        period: Some("6 years"),
        rules: "ny-civil",
        direction: "after",
        trigger: "2007-09-21",
        expect: "2013-09-23",
        ..CASE
    });
}

/// Frieda: three years from February 24, 1960 end Sunday, February 24,
/// 1963; GCL 25-a moves the last day to Monday, February 25, 1963.
#[test]
fn frieda_three_years_sunday_to_monday() {
    check(&Case {
        source: "Frieda v Besi Cab Corp. (Sup Ct, Nov. 29, 1963): 'the date of injury, February 24, 1960, was excluded and the three-year period began to run on February 25, 1960, expiring on February 24, 1963, which became the last day. February 24, 1963 fell on a Sunday. Section 25-a ... provides that any act which is required to be done within a period ending on a Sunday, may be done on the next succeeding business day. The expiration date of the three-year period thus became February 25, 1963.'",
        court: "ny-supreme",
        period: Some("3 years"),
        rules: "ny-civil",
        direction: "after",
        trigger: "1960-02-24",
        expect: "1963-02-25",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// GCL 24 state-court holidays (hand-computed from the official UCS 2024
// list, nycourts.gov, NYC Civil Court - Housing Part, "Court Terms &
// Holidays").
// ---------------------------------------------------------------------------

/// A counterclaim e-served Tuesday, January 23, 2024: the 20 days of CPLR
/// 3012(a) end Monday, February 12, 2024, Lincoln's Birthday, on which the
/// state courts are closed (federal courts are open); the reply is due
/// Tuesday, February 13, 2024.
#[test]
fn lincolns_birthday_2024_moves_reply_to_tuesday() {
    check(&Case {
        source: "Hand-computed from CPLR 3012(a) ('within twenty days after service of the pleading to which it responds'), GCL 25-a(1) ('ends on a Saturday, Sunday or a public holiday, such act may be done on the next succeeding business day') and the official UCS 2024 holiday list ('Lincoln's Birthday, Monday, February 12'): counterclaim e-served January 23, 2024.",
        court: "ny-supreme",
        deadline: Some("ny-civil.answer-to-pleading"),
        rules: "ny-civil",
        trigger: "2024-01-23",
        service: Some("electronic"),
        expect: "2024-02-13",
        ..CASE
    });
}

/// A judgment with notice of entry mailed Tuesday, October 1, 2024: 30 + 5
/// days end Tuesday, November 5, 2024, Election Day, a GCL 24 holiday; the
/// notice of appeal is due Wednesday, November 6, 2024.
#[test]
fn election_day_2024_moves_notice_of_appeal() {
    check(&Case {
        source: "Hand-computed from CPLR 5513(a) ('within thirty days after service ... of a copy of the judgment or order appealed from and written notice of its entry'), CPLR 2103(b)(2) ('five days shall be added to the prescribed period if the mailing is made within the state'), GCL 24 ('each general election day'), GCL 25-a(1) and the official UCS 2024 holiday list ('Election Day, Tuesday, November 5'): judgment with notice of entry mailed October 1, 2024.",
        court: "ny-supreme",
        deadline: Some("ny-civil.notice-of-appeal"),
        rules: "ny-civil",
        trigger: "2024-10-01",
        service: Some("mail"),
        expect: "2024-11-06",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// CPLR 5513 with overnight delivery.
// ---------------------------------------------------------------------------

/// Jones Sledzik: the order with notice of entry went by overnight mail on
/// Tuesday, November 16, 2004. Thirty days end Thursday, December 16; one
/// business day more is Friday, December 17, 2004. The December 21 notice
/// of appeal was held untimely. The date is hand-computed from the opinion's
/// trigger and the rule (CPLR 5513(a) and 2103(b)(6), in this form since
/// before 2004).
#[test]
fn jones_sledzik_overnight_adds_one_business_day() {
    check(&Case {
        source: "Jones Sledzik Garneau & Nardone, LLP v Schloss, 37 AD3d 417 (2d Dept 2007): 'The plaintiff served the order with notice of entry of the order by overnight mail on November 16, 2004 ... The defendant filed a notice of appeal on December 21, 2004 ... An appeal must be taken \"within thirty days after service by a party upon the appellant of a copy of the judgment or order appealed from and written notice of its entry\" (CPLR 5513 [a]) ... Both notices of appeal were untimely'. Due date hand-computed: 30 days plus one business day (CPLR 2103(b)(6)).",
        court: "ny-supreme",
        deadline: Some("ny-civil.notice-of-appeal"),
        rules: "ny-civil",
        trigger: "2004-11-16",
        service: Some("overnight"),
        expect: "2004-12-17",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// The Appellate Division (22 NYCRR Part 1250).
// ---------------------------------------------------------------------------

/// 1250.10(a): six months from the date of the notice of appeal. A notice
/// dated Monday, March 18, 2019 must be perfected by Wednesday, September
/// 18, 2019 (GCL 30: same day number six months on).
#[test]
fn perfect_appeal_six_months_same_day_number() {
    check(&Case {
        source: "Hand-computed from 22 NYCRR 1250.10(a) ('In the event that an appellant fails to perfect a civil matter within six months of the date of the notice of appeal ... the matter shall be deemed dismissed without further order', quoted by Schlam Stone & Dolan, July 23, 2018) and GCL 30 ('shall include the day of the month in the last month so counted having the same numerical order in days of the month as the day from which the computation is made'): notice of appeal dated March 18, 2019.",
        court: "ny-appellate-division",
        deadline: Some("ny-civil.perfect-appeal"),
        rules: "ny-civil",
        trigger: "2019-03-18",
        expect: "2019-09-18",
        ..CASE
    });
}
