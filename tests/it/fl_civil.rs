//! Worked examples for Florida state-court time computation: Fla. R. Gen.
//! Prac. & Jud. Admin. 2.514 (Fla. R. Jud. Admin. 2.514 before 2021) and the
//! civil and appellate deadlines of rule set `fl-civil`.
//!
//! Sources: Florida appellate opinions that state the trigger and the due (or
//! last timely) date in their own words; a Florida Bar appellate-section
//! publication and an appellate practitioner's blog that work examples under
//! the 2019 amendments. The expected date is always the source's, never the
//! engine's.
//!
//! A minority of cases are computed by hand from the rule text and the
//! official holiday lists (the Fla. Stat. § 110.117 days, and the Third
//! Judicial Circuit's 2025 Holiday Schedule); their source strings say so.
//!
//! Versions: triggers from Oct. 1, 2012 to Dec. 31, 2018 are computed under
//! the 2012 text of 2.514 (count from the day after the trigger; mail and
//! e-mail both add 5 days); from Jan. 1, 2019 under the amended text (day 1
//! is the next day that is not a Saturday, Sunday or legal holiday; only mail
//! adds 5 days). One case (Kovarick, 2011) predates Rule 2.514 and is checked
//! only for what the former rule shared with it (the year count and the
//! forward roll); it says so.
use crate::common;
use common::deadline::{CASE, Case, check, compute};

// ---------------------------------------------------------------------------
// Rendition triggers: 30 days, no mail or e-mail days (Fla. R. App. P. 9.110,
// 9.100; Miccosukee).
// ---------------------------------------------------------------------------

/// A Monday rendition under the 2019 rule: day 1 is Tuesday, day 30 a
/// Wednesday. The notice filed the next day was dismissed.
#[test]
fn hanson_notice_of_appeal_2020() {
    check(&Case {
        source: "Hanson v. Lofts Town Villas Condo. Ass'n, No. 3D20-1199 (Fla. 3d DCA Apr. 21, 2021): 'The order on appeal was rendered on Monday, July 20, 2020, giving appellant 30 days from that date to file a notice of appeal. ... Thirty days from July 20 is Wednesday, August 19, 2020. As a result, the Notice of Appeal appears to have been filed one day late on August 20, 2020.'",
        court: "fl-dca",
        deadline: Some("fl-civil.notice-of-appeal"),
        trigger: "2020-07-20",
        expect: "2020-08-19",
        ..CASE
    });
}

#[test]
fn matheny_certiorari_2015() {
    check(&Case {
        source: "Matheny v. Indian River Fire Rescue/Johns Eastern Co., 174 So. 3d 1129 (Fla. 1st DCA 2015): 'it is undisputed that the lower tribunal rendered the order under review on May 12, 2015. ... The last day to file a petition for writ of certiorari was June 11, 2015, which did not fall on a weekend or holiday. Nevertheless, Petitioner filed the petition on June 12, 2015'",
        court: "fl-dca",
        deadline: Some("fl-civil.certiorari-petition"),
        trigger: "2015-05-12",
        expect: "2015-06-11",
        ..CASE
    });
}

/// The order was e-mailed, but the period runs from rendition: no 5 days
/// under the 2012 text of 2.514(b). The court states the rendition date and
/// that the petition, filed Aug. 19, 2013 ("35 days after the original
/// order", per the lawtechnow summary), was late; the last day, 30 days after
/// Monday, July 15, 2013, is Wednesday, Aug. 14, 2013 (hand-computed: no
/// legal holiday intervenes).
#[test]
fn miccosukee_no_email_days_from_rendition_2013() {
    check(&Case {
        source: "Miccosukee Tribe of Indians of Fla. v. Lewis, 122 So. 3d 504 (Fla. 3d DCA 2013): '1. On July 15, 2013, the trial court rendered an Order Clarifying Fact Discovery Deadline. ... 3. On August 19, 2013, Petitioner filed a Petition for Writ of Certiorari' ... 'Petitioner argues it was entitled to an additional five days to file the petition because the July 15th order was e-mailed to Petitioner's counsel. ... Rule 2.514(b) affords no additional time when a rule (in this case rule 9.100(c)(1)) requires a party to act within a specified time after rendition of an order.' Last day hand-computed from the 30 days of rule 9.100(c)(1): August 14, 2013.",
        court: "fl-dca",
        deadline: Some("fl-civil.certiorari-petition"),
        trigger: "2013-07-15",
        service: Some("electronic"),
        expect: "2013-08-14",
        ..CASE
    });
}

/// Rendition on a legal holiday, with the next day a circuit-designated
/// holiday (2.514(a)(6)(B), passed as a closure because the Seventh Circuit's
/// calendar is not bundled): day 1 is Monday, July 8, 2024, so day 30 is
/// Tuesday, Aug. 6. The period is Fla. R. Crim. P. 3.170(l)'s 30 days, counted
/// under 2.514 like any other.
#[test]
fn lagunas_start_after_holidays_2024() {
    check(&Case {
        source: "Lagunas v. State, No. 5D2024-2283 (Fla. 5th DCA Mar. 21, 2025): 'Appellant's written judgment and sentence were rendered on a legal holiday: Independence Day, July 4, 2024. ... The following day, Friday, July 5, 2024, was also designated an official court holiday by the chief judge of the Seventh Judicial Circuit ... Therefore, Appellant's 30 days to file a motion to withdraw plea began on Monday, July 8, 2024. See Fla. R. Gen Prac. & Jud. Admin. 2.514(a)(1)(A) (\"When the period is stated in days . . . begin counting from the next day that is not a Saturday, Sunday, or legal holiday[.]\"). Thus, as the State concedes, Appellant timely filed his pro se motion on August 6, 2024.'",
        court: "fl-circuit",
        period: Some("30 days"),
        rules: "fl-civil",
        trigger: "2024-07-04",
        closed: &["2024-07-05"],
        expect: "2024-08-06",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// Service triggers: the 5 days of 2.514(b), added after the period would
// otherwise expire (McCray's two steps).
// ---------------------------------------------------------------------------

/// Motion served by mail Friday, Aug. 9, 2013. Day 30 is Sunday, Sept. 8;
/// the period runs to Monday, Sept. 9; 5 days later is Saturday, Sept. 14;
/// so the last day is Monday, Sept. 16, the day the judge ruled. The court
/// held the ruling timely; rtlaw.com's summary of the opinion spells out the
/// same steps for a 30th day on a Sunday.
#[test]
fn mccray_mail_two_steps_2013() {
    check(&Case {
        source: "McCray v. State, 151 So. 3d 449 (Fla. 1st DCA 2014): 'McCray's motion for disqualification bears a service date of August 9, 2013. Rule 2.330(j) provides ... \"no later than 30 days after service of the motion\" ... and McCray's motion was denied by order of September 16, 2013.' Headnote (39 Fla. L. Weekly D1259a): 'Motion was ruled upon within 30-day period prescribed by rule, as extended by five-day mailing period applicable because motion was served by mail'. rtlaw.com, 'Court Deadlines: Computation of Time under Rule 2.514': 'if the thirtieth day following service of a motion falls on a Sunday, the period runs until ... Monday. Only then, in the second step, are 5 days added ... resulting in the expiration date falling on Saturday. Since the deadline would be a Saturday, the rule in subdivision (a) is once again implicated'.",
        court: "fl-circuit",
        period: Some("30 days"),
        rules: "fl-civil",
        trigger: "2013-08-09",
        service: Some("mail"),
        expect: "2013-09-16",
        ..CASE
    });
}

/// The 2018 rules (20 days + 5 for e-mail) for a brief served Friday,
/// Dec. 28, 2018.
#[test]
fn floridaappellate_answer_brief_old_rules_2018() {
    check(&Case {
        source: "floridaappellate.com, 'Calculating Deadlines Under the New Rules' (Jan. 2019): 'Appellant files an initial brief on Friday, December 28, 2018. When is the answer brief due? ... former Rule 9.210(f) ... 20 days after service of the initial brief ... former rule 2.514(b) allowed an additional five days ... So under the old rules, the 20th day is Thursday, January 17, 2019. Add five additional days for service by e-mail, and the deadline is Tuesday, January 22, 2019.'",
        court: "fl-dca",
        deadline: Some("fl-civil.answer-brief"),
        trigger: "2018-12-28",
        service: Some("electronic"),
        expect: "2019-01-22",
        ..CASE
    });
}

/// The source gives day 1 (the Monday after Thanksgiving); the last day of the
/// 30-day reply-brief period is computed by hand for the first Thanksgiving
/// under the 2019 rule: served Wednesday, Nov. 27, 2019; Thursday and Friday
/// are § 110.117 holidays; day 1 is Monday, Dec. 2; day 30 is Tuesday,
/// Dec. 31, 2019.
#[test]
fn the_record_thanksgiving_day_one_2019() {
    check(&Case {
        source: "The Record (Fla. Bar Appellate Practice Section), 'Appellate Rule Changes Headed Your Way in 2019' (Jan. 2019): 'you also do not start counting your time period until the next business day. (The new rule 2.514(a)(1)(A) states you are to \"begin counting from the next day that is not a Saturday, Sunday, or legal holiday.\") For example, if you were served with an answer brief on the Wednesday before Thanksgiving, then day 1 in your response time would fall on the next Monday.' Day 30 hand-computed from Fla. R. App. P. 9.210(f) (30 days) and the § 110.117 holidays of 2019.",
        court: "fl-dca",
        deadline: Some("fl-civil.reply-brief"),
        trigger: "2019-11-27",
        service: Some("electronic"),
        expect: "2019-12-31",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// Court-ordered period (no mail days) and a backward period.
// ---------------------------------------------------------------------------

#[test]
fn cm_court_order_fifteen_days_2016() {
    check(&Case {
        source: "C.M. v. Dep't of Children & Families (Fla. 1st DCA 2017) (Makar, J., concurring, in the opinion granting the motion to strike the answer brief as untimely): 'this court's order of December 27, 2016, which said that the \"answer brief shall be filed within 15 days of the date of this order.\" Fifteen calendar days from the order was January 11, 2017, but the Guardian Ad Litem (GAL) waited until January 17, 2017'",
        court: "fl-dca",
        period: Some("15 days"),
        rules: "fl-civil",
        trigger: "2016-12-27",
        expect: "2017-01-11",
        ..CASE
    });
}

/// A backward period under the 2012 text: 45 days before Monday, Mar. 20,
/// 2017 is Friday, Feb. 3 (no roll needed).
#[test]
fn meyrowitz_proposal_for_settlement_2017() {
    check(&Case {
        source: "Meyrowitz v. Schwartz (Fla. 4th DCA 2018), as reported by Boyd & Jenerette, 'When is the Last Day to Serve a Proposal for Settlement?' (Mar. 27, 2018): 'Rule 1.442(b) states that \"[n]o proposal [for settlement] shall be served later than 45 days before the date set for trial or the first day of the docket on which the case is set for trial, whichever is earlier.\" ... \"Forty-five days before the May 2 trial was March 18. However, forty-five days before the first day of the March 20 docket was February 3.\"' (the docket began March 20, 2017)",
        court: "fl-circuit",
        deadline: Some("fl-civil.proposal-latest"),
        trigger: "2017-03-20",
        expect: "2017-02-03",
        ..CASE
    });
}

/// Rule 1.442(f)(1) excludes the mail days of 2.514(b) expressly; the opinion
/// does not say how the proposal was served, so the case is checked without a
/// service method.
#[test]
fn ochoa_proposal_acceptance_2013() {
    check(&Case {
        source: "Ochoa v. Koppel (Fla. 2d DCA 2016) (Salario, J.): 'On September 3, 2013, Ms. Ochoa served Ms. Koppel with a proposal for settlement ... Rule 1.442(f)(1) provides that a proposal for settlement is \"deemed rejected\" if not accepted within thirty days after service of the proposal ... On October 2, 2013 — one day before the thirty-day period to accept the settlement proposal expired — Ms. Koppel filed a motion seeking to enlarge the time'",
        court: "fl-circuit",
        deadline: Some("fl-civil.proposal-acceptance"),
        trigger: "2013-09-03",
        expect: "2013-10-03",
        ..CASE
    });
}

/// The same proposal served by mail: still October 3, because 1.442(f)(1)
/// shuts out the 5 mail days (hand-computed from the rule's text).
#[test]
fn proposal_acceptance_gets_no_mail_days() {
    check(&Case {
        source: "Fla. R. Civ. P. 1.442(f)(1) (as amended Apr. 11, 2013, No. SC13-224, quoted by miamifrp.com): 'A proposal shall be deemed rejected unless accepted by delivery of a written notice of acceptance within 30 days after service of the proposal. The provisions of Florida Rule of Judicial Administration 2.514(b) do not apply to this subdivision.' Hand-computed for the Ochoa dates (served Tuesday, September 3, 2013) with service by mail.",
        court: "fl-circuit",
        deadline: Some("fl-civil.proposal-acceptance"),
        trigger: "2013-09-03",
        service: Some("mail"),
        expect: "2013-10-03",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// Year period and forward roll (pre-2012 case; same rule on the point).
// ---------------------------------------------------------------------------

/// Kovarick was decided under former Fla. R. Crim. P. 3.040 and Fla. R. App.
/// P. 9.420(f) (before Rule 2.514), which also ran the period to "the end of
/// the next day that is neither a Saturday, Sunday, nor legal holiday"; the
/// two-year period ends on the anniversary. The engine answers with the 2012
/// version of 2.514 and a coverage warning; the date is the same.
#[test]
fn kovarick_two_years_saturday_2010() {
    check(&Case {
        source: "Kovarick v. State (Fla. 2d DCA July 6, 2011) (No. 2D11-217): 'October 16, 2010 — two years after the judgment and sentence became final — fell on a Saturday. Therefore, the period for filing a timely postconviction motion was extended to October 18, 2010, and Kovarick's motion was timely. See Fla.R.Crim.P. 3.040 (stating that the period for computation of time \"shall run until the end of the next day that is neither a Saturday, Sunday, nor legal holiday\")'",
        court: "fl-circuit",
        period: Some("2 years"),
        rules: "fl-civil",
        trigger: "2008-10-16",
        expect: "2010-10-18",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// Hand-computed cases (rule text + official holiday lists).
// ---------------------------------------------------------------------------

/// A Friday trigger under the 2019 rule (rules/README.md, 'Florida's shifted start'): served Friday,
/// Jan. 10, 2025; day 1 is Monday, Jan. 13; day 20 is Saturday, Feb. 1; the
/// answer is due Monday, Feb. 3, 2025. (Counting from Saturday, Jan. 11, as
/// before 2019, day 20 would be Thursday, Jan. 30.)
#[test]
fn answer_after_friday_service_2025() {
    check(&Case {
        source: "Hand-computed from Fla. R. Civ. P. 1.140(a)(1) ('serve an answer within 20 days after service of original process and the initial pleading') and Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(1)(A) ('begin counting from the next day that is not a Saturday, Sunday, or legal holiday') and (C) (roll off a Saturday), with the Fla. Stat. § 110.117 days of 2025 as listed in the Third Judicial Circuit's 2025 Holiday Schedule (Martin Luther King Day, Monday, January 20, 2025, falls inside the period and counts)",
        court: "fl-circuit",
        deadline: Some("fl-civil.answer"),
        trigger: "2025-01-10",
        service: Some("personal"),
        expect: "2025-02-03",
        ..CASE
    });
}

/// Mail service the day before Thanksgiving 2025: day 1 is Monday, Dec. 1;
/// day 30 is Tuesday, Dec. 30; 5 mail days end Sunday, Jan. 4, 2026; the
/// responses are due Monday, Jan. 5, 2026.
#[test]
fn interrogatories_by_mail_thanksgiving_2025() {
    check(&Case {
        source: "Hand-computed from Fla. R. Civ. P. 1.340(a) ('within 30 days after the service of the interrogatories'), Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(1)(A) and 2.514(b) ('When a party may or must act within a specified time after service and service is made by mail, 5 days are added after the period that would otherwise expire under subdivision (a)'), with the Fla. Stat. § 110.117 days (Thanksgiving Day, Thursday, November 27, 2025 and the Friday after, November 28, 2025, per the Third Judicial Circuit's 2025 Holiday Schedule)",
        court: "fl-circuit",
        deadline: Some("fl-civil.interrogatory-answers"),
        trigger: "2025-11-26",
        service: Some("mail"),
        expect: "2026-01-05",
        ..CASE
    });
}

/// Day 30 after a Monday, Nov. 24, 2025 rendition is Wednesday, Dec. 24,
/// 2025. In the Third Circuit Christmas Eve, Christmas Day and the day after
/// Christmas are all holidays, then comes the weekend: Monday, Dec. 29.
#[test]
fn third_circuit_christmas_week_2025() {
    check(&Case {
        source: "Hand-computed from Fla. R. App. P. 9.110(b) (30 days of rendition), Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(1)(C) and (a)(6)(B) ('any day observed as a holiday by the clerk's office or as designated by the chief judge'), and the Third Judicial Circuit of Florida's Holiday Schedule 2025 (https://thirdcircuitfl.org/court_calendars/3296), which lists Christmas Eve, Wednesday, December 24, Christmas Day, Thursday, December 25, and the day after Christmas, Friday, December 26, 2025",
        court: "fl-circuit-3rd",
        deadline: Some("fl-civil.notice-of-appeal"),
        trigger: "2025-11-24",
        expect: "2025-12-29",
        ..CASE
    });
}

/// The same rendition in a circuit without a bundled designated-holiday list:
/// Christmas Eve is not a § 110.117 day, so the notice is due on it.
#[test]
fn statewide_christmas_eve_is_not_a_legal_holiday_2025() {
    check(&Case {
        source: "Hand-computed from Fla. R. App. P. 9.110(b) (30 days of rendition) and Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(6)(A) (the nine Fla. Stat. § 110.117 days, which do not include Christmas Eve); Wednesday, December 24, 2025 is day 30. (A circuit that designates Christmas Eve under 2.514(a)(6)(B) moves the date; see the Third Circuit case.)",
        court: "fl-circuit",
        deadline: Some("fl-civil.notice-of-appeal"),
        trigger: "2025-11-24",
        expect: "2025-12-24",
        ..CASE
    });
}

// ---------------------------------------------------------------------------
// Versions and courts.
// ---------------------------------------------------------------------------

/// 1.530(b) was 10 days until Dec. 31, 2013 and 15 days from Jan. 1, 2014.
/// Judgment filed Tuesday, Jan. 7, 2014: day 15 is Wednesday, Jan. 22, 2014
/// (2012 counting: from the day after). Under the former 10 days it would be
/// Friday, Jan. 17.
#[test]
fn rehearing_fifteen_days_from_2014() {
    check(&Case {
        source: "Hand-computed from Fla. R. Civ. P. 1.530(b) as amended eff. Jan. 1, 2014 (floridaappellate.com, 'A Little Breathing Room on 1.530 Motions', Jan. 1, 2014: 'A motion for new trial or for rehearing shall be served not later than [10] 15 days after the return of the verdict in a jury action or the date of filing of the judgment in a non-jury action') and Fla. R. Jud. Admin. 2.514(a) (2012 text); no legal holiday between Jan. 8 and Jan. 22, 2014",
        court: "fl-circuit",
        deadline: Some("fl-civil.rehearing-motion"),
        trigger: "2014-01-07",
        expect: "2014-01-22",
        ..CASE
    });
}

/// Since July 1, 2025 the last day ends at 11:59:59 p.m. eastern time for
/// every court; in the Central-time First and Fourteenth Circuits that is
/// 10:59:59 p.m. local. The electronic cutoffs of fl-circuit (Eastern) and
/// fl-circuit-1st / fl-circuit-14th (Central) must therefore be the same
/// instant, to within the second.
#[test]
fn central_circuits_end_the_day_at_eastern_midnight() {
    let case = Case {
        source: "Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(4) as amended by In re Amendments to Fla. Rules of Gen. Prac. & Jud. Admin., No. SC2023-1401 (Fla. Mar. 20, 2025), eff. July 1, 2025, as summarised by the Tallahassee Bar Association: 'Rule 2.514 – This rule is amended to replace \"midnight\" with \"11:59:59 p.m., eastern time\" to clarify filing and service deadlines.'",
        deadline: Some("fl-civil.notice-of-appeal"),
        trigger: "2025-11-24",
        expect: "2025-12-24",
        ..CASE
    };
    let electronic = |court: &'static str| {
        let due = compute(&Case { court, ..case });
        assert_eq!(due.date.to_string(), case.expect, "{due}");
        due.cutoffs
            .iter()
            .find(|c| c.method == "electronic")
            .and_then(|c| c.at)
            .unwrap_or_else(|| panic!("no electronic cutoff for {court}\n{due}"))
    };
    let eastern = electronic("fl-circuit");
    for court in ["fl-circuit-1st", "fl-circuit-14th"] {
        let central = electronic(court);
        // The engine marks "midnight" as the last millisecond of the day
        // (23:59:59.999 Eastern); the Central circuits record the rule's
        // 10:59:59 p.m. Central: the same end of day, under a second apart.
        let gap = (central - eastern).num_milliseconds().abs();
        assert!(
            gap <= 1_000,
            "{court}: {central} vs {eastern}\n  source: {}",
            case.source
        );
        assert_eq!(
            central.format("%H:%M:%S %:z").to_string(),
            "22:59:59 -06:00",
            "{court}: 10:59:59 p.m. CST"
        );
    }
}

/// Before July 1, 2025 the rule said "midnight": in the Central-time
/// circuits, local midnight (an hour after Eastern midnight).
#[test]
fn central_circuits_before_july_2025_end_at_local_midnight() {
    // 30 days after Mon 2025-05-12 is Wed 2025-06-11 (no holiday): the cut-off
    // in force on that day is the pre-2025 "midnight".
    let case = Case {
        source: "Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(4) (before the amendment effective July 1, 2025): 'for electronic filing, at midnight'",
        court: "fl-circuit-1st",
        deadline: Some("fl-civil.notice-of-appeal"),
        trigger: "2025-05-12",
        expect: "2025-06-11",
        ..CASE
    };
    let due = compute(&case);
    assert_eq!(due.date.to_string(), case.expect, "{due}");
    let at = due
        .cutoffs
        .iter()
        .find(|c| c.method == "electronic")
        .and_then(|c| c.at)
        .unwrap_or_else(|| panic!("no electronic cutoff\n{due}"));
    assert_eq!(at.format("%H:%M:%S %:z").to_string(), "23:59:59 -05:00");
}
