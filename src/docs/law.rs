//! The law the crate applies: how the bundled rule sets compute time, and
//! the questions on which the authorities disagree.
//!
//! Everything here is also data: each step of a computed
//! [`Deadline`](crate::Deadline) names the rule it applies and cites it, and
//! every rule file under `rules/` cites its sources line by line. This page
//! is the map; the rule files and their tests (each worked example naming
//! its source and quoting its line) are the proof.
//!
//! # The shape every rule set shares
//!
//! A period is counted in five stages, each of which a rule set configures
//! (`[rule_set.counting]`) and a deadline may override:
//!
//! 1. **Start.** The day of the event is excluded (Fed. R. Civ. P.
//!    6(a)(1)(A); Cal. Code Civ. Proc. § 12; N.Y. Gen. Constr. Law § 20;
//!    Tex. R. Civ. P. 4; Fla. R. Gen. Prac. & Jud. Admin. 2.514(a)(1)(A)).
//!    Since January 1, 2019 Florida starts on the next day that is not a
//!    Saturday, Sunday or legal holiday (2.514(a)(1)(A) as amended).
//! 2. **Count.** Every day counts (6(a)(1)(B)), except that some rule sets
//!    count short periods in court days: Texas periods of five days or
//!    less (Tex. R. Civ. P. 4), Florida periods under seven days (2.514(a)),
//!    and federal periods under eleven days before December 1, 2009 (former
//!    Fed. R. Civ. P. 6(a)). Periods stated in court days (Cal. Code Civ.
//!    Proc. § 1005(b)) always skip closed days. Months and years use the
//!    same day number; where it does not exist, a rule set's month-end
//!    policy decides (N.Y. Gen. Constr. Law § 30 and Tex. Gov't Code
//!    § 311.014(c) give the month's last day).
//! 3. **Extend for the method of service.** Either added to the period
//!    itself (Cal. Code Civ. Proc. § 1013(a): five calendar days for mail
//!    within California) or added "after the period would otherwise
//!    expire", then rolled again (Fed. R. Civ. P. 6(d), since 2005; Fla. R.
//!    Gen. Prac. & Jud. Admin. 2.514(b)). An extension applies only to a
//!    time that runs from being served: Fed. R. Civ. P. 6(d) speaks of a
//!    party who "may or must act within a specified time after being
//!    served". California, New York and Texas also lengthen notice periods
//!    counted back from a hearing (Cal. Code Civ. Proc. § 1013(a): "any
//!    period of notice"); the rule sets say so with
//!    `service_before_events`.
//! 4. **Roll.** A last day that is a Saturday, Sunday or legal holiday moves
//!    to the next such day that is not (6(a)(1)(C)); since December 1,
//!    2009, "the 'next day' is determined by continuing to count forward
//!    when the period is measured after an event and backward when measured
//!    before an event" (6(a)(5)). Texas does not move a backward period's
//!    last day at all (the rule set warns instead, and reads the safe
//!    alternative as a reading).
//! 5. **Inaccessibility.** If the clerk's office is inaccessible on the
//!    last day, the time runs to the first accessible court day, forward
//!    in either direction (6(a)(3)).
//!
//! Periods stated in hours (6(a)(2)) are elapsed time from the event's
//! instant in the court's time zone; a period that ends on a closed day
//! runs to the same time on the next court day.
//!
//! # Which days are closed
//!
//! A court's calendars say which days it is closed: the federal holidays of
//! 5 U.S.C. § 6103(a), observed under § 6103(b) and Executive Order 11582;
//! days the President closes executive departments; a state's legal
//! holidays, from its statute and its judiciary's own list; one-off
//! closures by order. For a federal court, a period "measured after an
//! event" also skips "any other day declared a holiday by the state where
//! the district court is located" (Fed. R. Civ. P. 6(a)(6)(C); the same
//! words in Fed. R. Bankr. P. 9006(a)(6)(C) and Fed. R. Crim. P.
//! 45(a)(6)(C); Fed. R. App. P. 26(a)(6)(C) adds the state of the circuit
//! clerk's principal office). Each federal court therefore has its state's
//! calendar as a *forward-only* calendar.
//!
//! Some states declare legal holidays on which their offices and courts stay
//! open (commemorations, election days). Calendars mark them
//! `court_open = true`; they are listed, explained as such ("a legal
//! holiday of the state on which its courts stay open"), and counted only
//! under the reading that 6(a)(6)(C) counts them.
//!
//! # Where the authorities disagree
//!
//! Where courts or commentators read a rule two ways, the crate computes
//! every reading, returns each in
//! [`Deadline::readings`](crate::Deadline::readings), warns with
//! [`WarningCode::ReadingsDiffer`](crate::WarningCode::ReadingsDiffer), and
//! gives the earliest date as
//! [`Deadline::safe_date`](crate::Deadline::safe_date). The bundled
//! readings include:
//!
//! - **Executive-order closures.** Whether a day the President closed
//!   executive departments is a day "declared a holiday by the President"
//!   (6(a)(6)(B)): clerks and courts have answered both ways.
//! - **Backward periods before 2009.** Former Rule 6(a) said only that the
//!   period "runs until the end of the next day" that is not a weekend or
//!   holiday; counted back from a hearing, moving forward shortens the
//!   notice. The 2009 amendment settled it (6(a)(5)).
//! - **Mail days before 2005.** Whether former Rule 6(e)'s three days were
//!   added to the period before it was counted (a longer period, counted
//!   differently under the short-period rule) or after.
//! - **State court closures.** Whether a day a state closed its own courts
//!   without declaring a general holiday is "declared a holiday by the
//!   state" for a federal court.
//! - **State holidays on which state courts stay open**, above.
//! - **The order of extension and roll** where a rule only says the
//!   period is "extended" (Cal. Code Civ. Proc. § 1013, CPLR 2103(b),
//!   Tex. R. Civ. P. 21a).
//! - **Texas backward periods**, which Texas does not roll, and
//!   **Florida's shifted start** applied to a period counted back from an
//!   event.
//!
//! `rules/README.md` ("Where the authorities disagree") cites the
//! authorities for each.
//!
//! # What the crate does not decide
//!
//! - **Which rules apply to a pending case.** The version of each rule in
//!   force on the trigger date applies unless the caller gives another
//!   rules date ([`Trigger::as_of`](crate::Trigger::as_of)): amendment
//!   orders let courts apply new rules to pending cases "insofar as just and
//!   practicable", which only the caller can judge.
//! - **Fixed dates set by order.** A date a court sets ("no later than
//!   November 1") is not a computed period.
//! - **Local rules and judges' orders** that change a period, unless a rule
//!   file encodes them.
