//! # court-deadlines
//!
//! Court filing and response deadlines from open, cited, versioned rule
//! data — and, for every answer, the reasons behind it.
//!
//! Rules live in TOML files a paralegal can read: holiday calendars
//! (`"third monday of january"`), rule sets (a counting convention, service
//! extensions, events and deadlines, each with its history and citation)
//! and courts (their rule sets, calendars, time zone and filing cut-offs).
//! Loading validates a caller's files at once (the bundled rule sets, which
//! the crate's tests check, are parsed the first time they are needed); each
//! calendar compiles into a day table over 1900–2200, and each court's
//! calendars into merged tables, the first time a query needs them. Computing a deadline
//! then runs a short pipeline — start, count, extend, adjust, roll, extend,
//! roll, inaccessibility — and every stage that changes the date records a
//! step naming the rule it applies.
//!
//! Bundled: the calendars `us-federal` (5 U.S.C. § 6103 and executive-order
//! closures), `us-federal-dc`, and one for every state, the District of
//! Columbia, Puerto Rico and the Northern Mariana Islands (`us-ca`, `us-ny`,
//! …); the rule sets `frcp`, `frcrp`, `frap`, `frbp`, and the civil practice
//! of California, New York, Texas, Florida, Illinois, Pennsylvania, Ohio,
//! Georgia, New Jersey, Michigan, North Carolina, Virginia, Washington and
//! Massachusetts (`ca-civil`, `ny-civil`, `tx-civil` and `tx-appellate`,
//! `fl-civil`, `il-civil`, `pa-civil`, `oh-civil`, `ga-civil`, `nj-civil`,
//! `mi-civil`, `nc-civil`, `va-civil`, `wa-civil`, `ma-civil`); all 94 U.S.
//! district courts, 13 courts of appeals and 93 bankruptcy courts, and the
//! principal trial and appellate courts of those states. The vocabulary is
//! documented in `rules/README.md`.
//!
//! ## When is the answer due?
//!
//! ```
//! use chrono::NaiveDate;
//! use court_deadlines::{RuleBook, Trigger};
//!
//! let book = RuleBook::bundled()?;
//! let court = book.court("cand")?;
//! // A counterclaim served by mail on Friday, December 4, 2026: day 21 is
//! // Christmas, so the period runs to Monday, December 28; Fed. R. Civ. P.
//! // 6(d) then adds 3 days: Thursday, December 31.
//! let served = Trigger::on(NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()).served_by("mail");
//! let due = court.compute("frcp.answer-to-counterclaim", &served)?;
//! assert_eq!(due.date, NaiveDate::from_ymd_opt(2026, 12, 31).unwrap());
//! let text = due.to_string(); // the numbered explanation
//! assert!(text.contains("Christmas Day, 5 U.S.C. § 6103(a)"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## A period no rule file names
//!
//! ```
//! use chrono::NaiveDate;
//! use court_deadlines::{Direction, RuleBook, Trigger};
//!
//! let book = RuleBook::bundled()?;
//! // "Within 14 days after entry of this order", under the FRCP's conventions.
//! let entered = Trigger::on(NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
//! let due = book.court("nysd")?.compute_period("frcp", "14 days", Direction::After, &entered)?;
//! assert_eq!(due.date, NaiveDate::from_ymd_opt(2026, 12, 11).unwrap());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Every deadline after judgment is entered
//!
//! ```
//! use chrono::NaiveDate;
//! use court_deadlines::{RuleBook, Trigger};
//!
//! let book = RuleBook::bundled()?;
//! let entered = Trigger::on(NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
//! let schedule = book.court("cand")?.schedule("frcp.judgment-entered", &entered)?;
//! for entry in &schedule.entries {
//!     let _line = format!("{}  {}", entry.deadline.date, entry.deadline.rule.name);
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## When the authorities disagree
//!
//! ```
//! use chrono::NaiveDate;
//! use court_deadlines::{Direction, RuleBook, Trigger};
//!
//! let book = RuleBook::bundled()?;
//! // 30 days after Monday, November 24, 2025 is Wednesday, December 24, a
//! // day Executive Order 14371 closed federal agencies. Read as a legal
//! // holiday, the period runs to Monday, December 29; read as an ordinary
//! // day, it ends December 24 — the safe date.
//! let t = Trigger::on(NaiveDate::from_ymd_opt(2025, 11, 24).unwrap());
//! let due = book.court("dcd")?.compute_period("frcp", "30 days", Direction::After, &t)?;
//! assert_eq!(due.date, NaiveDate::from_ymd_opt(2025, 12, 29).unwrap());
//! assert_eq!(due.safe_date, NaiveDate::from_ymd_opt(2025, 12, 24).unwrap());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Is the court open on a day, and if not, why?
//!
//! ```
//! use chrono::NaiveDate;
//! use court_deadlines::RuleBook;
//!
//! let book = RuleBook::bundled()?;
//! let federal = book.calendar("us-federal")?;
//! let day = NaiveDate::from_ymd_opt(2026, 7, 3).unwrap();
//! assert!(!federal.is_court_day(day)?);
//! for reason in federal.why_closed(day)? {
//!     // Independence Day (observed; falls on Saturday, July 4, 2026), 5 U.S.C. § 6103(a)
//!     assert!(reason.to_string().starts_with("Independence Day (observed"));
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Counting court days backward from a hearing
//!
//! ```
//! use chrono::NaiveDate;
//! use court_deadlines::RuleBook;
//!
//! let book = RuleBook::bundled()?;
//! let ca = book.calendar("us-ca")?;
//! // Moving papers 16 court days before a hearing on Monday, January 4, 2027
//! // (Cal. Code Civ. Proc. § 1005(b)). Counting back over the holidays: Friday,
//! // January 1 (New Year's Day), Friday, December 25 (Christmas) and, because
//! // Cal. Rules of Court, rule 1.11 observes Saturday holidays on the Friday,
//! // nothing else; the 16th court day back is Wednesday, December 9, 2026.
//! let hearing = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
//! assert_eq!(ca.nth_court_day_before(hearing, 16)?, NaiveDate::from_ymd_opt(2026, 12, 9).unwrap());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Listing a year's holidays
//!
//! ```
//! use court_deadlines::RuleBook;
//!
//! let book = RuleBook::bundled()?;
//! for h in book.calendar("us-ny")?.holidays(2026)? {
//!     let _line = format!("{}  {}  ({})", h.date, h.name, h.citation);
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Loading a firm's own rules
//!
//! A firm keeps its own calendars (or corrections) in a folder and layers
//! them over the bundled ones; a file with the same id replaces the bundled
//! one, and [`RuleBook::layer_changes`] says so. See [`RuleBook::builder`].
//!
//! ```no_run
//! use court_deadlines::RuleBook;
//!
//! let book = RuleBook::builder().bundled().dir("firm-rules")?.build()?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Local rules, a judge's standing order, a firm's practice
//!
//! A district's local rules are a rule set that supplements the FRCP
//! (`supplements = "frcp"`): counted under Rule 6, and naming the defaults
//! they replace. The schedule shows the local deadline; the explanation says
//! which rule it replaces. A firm adds a judge's standing order to a court
//! with a patch (`extends = true`), and the book reports what its layers
//! replaced or extended ([`RuleBook::layer_changes`]).
//!
//! ```
//! use chrono::NaiveDate;
//! use court_deadlines::{RuleBook, Trigger};
//!
//! let book = RuleBook::bundled()?;
//! let cand = book.court("cand")?;
//! let hearing = NaiveDate::from_ymd_opt(2027, 1, 14).unwrap();
//! let schedule = cand.schedule("frcp.hearing", &Trigger::on(hearing))?;
//! // N.D. Cal. Civil L.R. 7-2(a): filed at least 35 days before the hearing,
//! // in place of Fed. R. Civ. P. 6(c)(1)'s 14 days.
//! let motion = schedule
//!     .entries
//!     .iter()
//!     .find(|e| e.deadline.rule.deadline.as_deref() == Some("motion-notice"))
//!     .unwrap();
//! assert_eq!(motion.deadline.date, NaiveDate::from_ymd_opt(2026, 12, 10).unwrap());
//! assert_eq!(motion.deadline.rule.displaces[0].deadline, "frcp.motion-and-notice-of-hearing");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## From judgment to the notice of appeal
//!
//! A district court's schedule from the judgment includes the notice of
//! appeal, filed there (Fed. R. App. P. 3(a)(1)) and counted as the court of
//! appeals counts it, with the district court's state holidays (FRAP
//! 26(a)(6)(C)); a court of appeals computes it directly with
//! [`Trigger::origin_court`].
//!
//! ```
//! use chrono::NaiveDate;
//! use court_deadlines::{RuleBook, Trigger};
//!
//! let book = RuleBook::bundled()?;
//! let entered = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
//! let schedule = book.court("cand")?.schedule("frcp.judgment-entered", &Trigger::on(entered))?;
//! let notice = schedule
//!     .entries
//!     .iter()
//!     .find(|e| e.deadline.rule.deadline.as_deref() == Some("notice-of-appeal-civil"))
//!     .unwrap();
//! // 30 days after entry (FRAP 4(a)(1)(A)): Wednesday, April 1, 2026.
//! assert_eq!(notice.deadline.date, NaiveDate::from_ymd_opt(2026, 4, 1).unwrap());
//! assert_eq!(&*notice.deadline.court, "ca9");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## What moved, and why
//!
//! When a trigger date is corrected, a rule amended or a closure ordered,
//! recompute and compare: [`Deadline::changes_since`] gives the dates that
//! moved and the first step of the explanation that changed (the docket
//! tool's `recheck` reports it for every matter of a docket file).
//!
//! ```
//! use chrono::NaiveDate;
//! use court_deadlines::{RuleBook, Trigger};
//!
//! let book = RuleBook::bundled()?;
//! let nysd = book.court("S.D.N.Y.")?;
//! let before = nysd.compute("frcp.answer", &Trigger::on(NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()))?;
//! // The service date was really Monday, November 30.
//! let after = nysd.compute("frcp.answer", &Trigger::on(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()))?;
//! let change = after.changes_since(&before);
//! assert!(change.moved());
//! assert_eq!(change.date.map(|(_, to)| to), NaiveDate::from_ymd_opt(2026, 12, 21));
//! assert_eq!(change.first_changed_step.map(|s| s.0), Some(1));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Errors that point at the file
//!
//! A mistake in a rule file is reported with file, line and column, the
//! line itself and a caret under the offending text:
//!
//! ```
//! use court_deadlines::RuleBook;
//!
//! let err = RuleBook::from_toml_str("bad.toml", r#"
//! [calendar]
//! id = "bad"
//! name = "Bad"
//! citation = "none"
//! weekend = ["saturday", "sunday"]
//! valid_from = 2020-01-01
//! verified_through = 2026-12-31
//!
//! [[holiday]]
//! name = "New Year's Day"
//! on = "janury 1"
//! citation = "5 U.S.C. § 6103(a)"
//! "#).unwrap_err();
//! assert_eq!(err.to_string(), r#"bad.toml:12:7: unknown month or ordinal "janury" (expected a date expression such as "january 1", "third monday of january", "last monday of may", "first tuesday after first monday of november" or "easter - 2 days"; months are written in full: january … december)
//!    |
//! 12 | on = "janury 1"
//!    |       ^^^^^^"#);
//! ```
//!
//! ## Sharing one RuleBook across threads, or in a web service
//!
//! A [`RuleBook`] is cheap to clone (an `Arc` inside), and the [`Court`]
//! and [`DeadlineRef`] handles own their reference to it: resolve them
//! once, keep them in server state, and use them from any thread.
//!
//! ```
//! use std::sync::Arc;
//! use std::thread;
//! use court_deadlines::chrono::NaiveDate;
//! use court_deadlines::{DeadlineRef, RuleBook, Trigger};
//!
//! struct AppState {
//!     answer: DeadlineRef,
//! }
//!
//! let book = RuleBook::bundled()?;
//! let state = Arc::new(AppState {
//!     answer: book.court("nysd")?.deadline("frcp.answer")?,
//! });
//! drop(book); // the handle keeps the rules alive
//!
//! let worker = {
//!     let state = Arc::clone(&state);
//!     thread::spawn(move || {
//!         let served = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
//!         state.answer.due_date(&Trigger::on(served))
//!     })
//! };
//! let due = worker.join().expect("the worker")?;
//! assert_eq!(due, NaiveDate::from_ymd_opt(2026, 12, 18).unwrap());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! To change the rules of a running service, build a new book and swap it
//! in (behind an `RwLock` or an atomic pointer): requests already holding
//! handles from the old book finish with the old rules.
//!
//! For a batch (an import of thousands of rows), resolve each court and
//! deadline once and reuse the handle rather than looking the ids up on
//! every row: a reused handle resolves a plan of the rule's decisions and
//! answers in nanoseconds, and threads that reuse handles share no
//! reference counts (a fresh handle per row updates the book's, the
//! court's and the rule's on every row, which makes two threads slower
//! than one).
//!
//! Results own their texts: names and citations are [`Text`], which for the
//! bundled rules points at text kept once for the life of the process, and
//! for rule files loaded at run time is reference-counted. A result outlives
//! the book it came from and can be sent to another thread.
//!
//! ## Further reading
//!
//! - [`docs::law`]: the law the crate applies, and where the authorities
//!   disagree.
//! - [`docs::design`]: why it is built the way it is.
//! - [`docs::architecture`]: the layout of the source.
//! - [`docs::stability`]: semantic versioning, the MSRV, features.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![deny(clippy::print_stdout, clippy::print_stderr)]
// No panics from library code on any input: every fallible step returns an
// error, every index is checked. (Tests may unwrap.)
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

mod calendar;
mod compute;
pub mod docs;
mod error;
mod explain;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
mod rules;
mod text;
mod vocab;

pub use calendar::{Calendar, Coverage, Holiday};
pub use compute::{Court, DeadlineRef, RuleSetRef, Trigger};
pub use vocab::{
    Adjust, ClosureKind, Direction, ExecutiveOrderClosures, HowCounted, IntoPeriod,
    IntoServiceMethod, MonthEnd, Observance, Period, Roll, SERVICE_METHODS, ServiceMethod,
    ServiceWhen, Start, StateClosures, StateHolidays, Unit,
};

/// The date and time crate this crate's API speaks (`NaiveDate`,
/// `DateTime`), re-exported so that callers use the same version.
pub use chrono;
/// The time-zone database this crate's API speaks (`Tz`), re-exported so
/// that callers use the same version.
pub use chrono_tz;
pub use error::{Error, ErrorKind, Location, Result};
pub use explain::{
    Cutoff, Deadline, DeadlineChange, DisplacedRule, ExampleOutcome, Op, ReadingResult, Reason,
    Remedy, RuleInfo, Schedule, ScheduleEntry, SkippedDay, Step, StepKind, Tolling, TriggerInfo,
    Warning, WarningCode,
};
pub use rules::{
    ChangeKind, LayerChange, MAX_CLOSURE_DAYS, MAX_CLOSURES_PER_FILE, MAX_FILE_BYTES, MAX_FILES,
    MAX_HISTORY, MAX_HOLIDAYS_PER_FILE, MAX_ITEMS_PER_FILE, RuleBook, RuleBookBuilder,
};
pub use text::Text;

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
