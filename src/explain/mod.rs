//! The output types: computed deadlines, schedules, the reasons a day is
//! closed and every step of a computation. `Serialize` and `Deserialize`
//! for programs (field names are stable); `Display` for people, written in
//! `wording.rs`, where every user-facing sentence about a result is derived
//! from these types' data.
//!
//! A leaf above the vocabulary: it imports nothing of the crate but the
//! vocabulary and the text helpers.

mod diff;
pub(crate) mod notices;
pub(crate) mod sentences;
mod wording;

pub use diff::DeadlineChange;

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use chrono::Weekday;
use serde::Serializer;

use crate::text::Text;
use crate::vocab::{ClosureKind, Direction, MonthEnd};

/// What a step of the computation does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum StepKind {
    /// Where counting starts.
    Start,
    /// The period counted.
    Count,
    /// A closed day rolled off.
    Roll,
    /// A service-method extension.
    Extend,
    /// A rule-specific adjustment (Tex. R. Civ. P. 99(b)).
    Adjust,
    /// The clerk's office was inaccessible (Fed. R. Civ. P. 6(a)(3)).
    Inaccessible,
    /// The earliest or latest of several deadlines chosen ("whichever is
    /// earlier").
    Choose,
}

/// The operation a step performed, as data, so that a program can replay
/// the computation: each step turns the previous step's date into its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Op {
    /// Counting starts from `day0` (the step's own date; a field of its own
    /// so that the step's JSON has no duplicate `date` key).
    Start {
        /// Day 0.
        #[serde(serialize_with = "ser_date")]
        day0: NaiveDate,
    },
    /// Calendar days added (negative: subtracted).
    AddDays {
        /// Signed number of days.
        days: i64,
    },
    /// Court days counted (negative: backward), the start never counting.
    AddCourtDays {
        /// Signed number of court days.
        court_days: i64,
    },
    /// Calendar months added (negative: subtracted) under a month-end policy.
    AddMonths {
        /// Signed number of months.
        months: i64,
        /// What happens when the day number does not exist.
        month_end: MonthEnd,
    },
    /// Moved to the nearest court day in `direction` (unchanged if it is one).
    Roll {
        /// Forward (`after`) or backward (`before`).
        direction: Direction,
    },
    /// Moved to the first Monday strictly after the date.
    NextMonday,
    /// Moved forward to the first court day on which the clerk's office was accessible.
    NextAccessible,
    /// Elapsed hours added on the clock (negative: subtracted).
    AddHours {
        /// Signed number of hours.
        hours: i64,
    },
    /// One of several computed dates chosen (the earliest or the latest).
    Choose {
        /// The date chosen.
        #[serde(serialize_with = "ser_date")]
        chosen: NaiveDate,
    },
}

/// A day passed over, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SkippedDay {
    /// The day.
    #[serde(serialize_with = "ser_date")]
    pub date: NaiveDate,
    /// Why the day was passed over: each reason with its name, citation
    /// and kind (its `Display` is the sentence an explanation shows).
    pub reasons: Arc<[Reason]>,
}

/// One step of a computation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Step {
    /// What the step does.
    pub kind: StepKind,
    /// The date after the step.
    #[serde(serialize_with = "ser_date")]
    pub date: NaiveDate,
    /// The step as a sentence.
    pub text: String,
    /// The authority for the step.
    pub citation: Option<Text>,
    /// Days the step passed over because the court was closed.
    pub skipped: Vec<SkippedDay>,
    /// The operation, for replaying.
    #[serde(flatten)]
    pub op: Op,
}

/// Why a result deserves a second look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum WarningCode {
    /// A date the result depends on lies beyond the date through which a
    /// calendar was checked (closures after it are unknown).
    BeyondVerifiedCoverage,
    /// A date the result depends on lies before a calendar's or rule set's
    /// encoded history.
    BeforeCoverage,
    /// The court's state holidays could not be applied (no calendar bundled).
    StateHolidaysNotApplied,
    /// The period ends on a closed day and the rule set does not roll.
    EndsOnClosedDay,
    /// A local time did not exist, or existed twice, that day (DST).
    AmbiguousLocalTime,
    /// Alternative readings give different dates.
    ReadingsDiffer,
    /// A method of service was given, but its extension does not apply to
    /// this period (a period counted before an event, or a deadline not
    /// counted from service).
    ServiceExtensionNotApplied,
    /// The deadline counts from a later paper's service, whose method was
    /// not given: no extension was added.
    ServiceMethodNotGiven,
    /// The courts are closed on the last day, but it is not a legal holiday
    /// for computing time, so the period is not extended (Pennsylvania's
    /// day after Thanksgiving): file electronically or earlier.
    CourtsClosedOnLastDay,
    /// A combined deadline ("whichever is earlier") with a part that could
    /// not be computed: the date may change when that event's date is known.
    Provisional,
    /// A local rule of the court replaces this deadline: the court's
    /// local deadline governs (computed with its id).
    DisplacedByLocalRule,
    /// Local rules commonly set another time for this deadline, and the
    /// court's local rules are not bundled.
    LocalRulesNotBundled,
    /// The event's date is a day the court is closed (a hearing set on a
    /// Saturday, a judgment "entered" on a holiday): check the date.
    EventOnClosedDay,
    /// The last day is a legal holiday on which the courts stay open (a
    /// statutory commemoration, a county-only holiday), counted as a court
    /// day as the rules are encoded; a reading that counts it as a holiday
    /// gives a later date.
    OpenLegalHolidayOnLastDay,
    /// Something else worth reading.
    Note,
}

impl WarningCode {
    /// The code's spelling in JSON (`readings-differ`).
    pub fn as_str(self) -> &'static str {
        match self {
            WarningCode::BeyondVerifiedCoverage => "beyond-verified-coverage",
            WarningCode::BeforeCoverage => "before-coverage",
            WarningCode::StateHolidaysNotApplied => "state-holidays-not-applied",
            WarningCode::EndsOnClosedDay => "ends-on-closed-day",
            WarningCode::AmbiguousLocalTime => "ambiguous-local-time",
            WarningCode::ReadingsDiffer => "readings-differ",
            WarningCode::ServiceExtensionNotApplied => "service-extension-not-applied",
            WarningCode::ServiceMethodNotGiven => "service-method-not-given",
            WarningCode::Provisional => "provisional",
            WarningCode::CourtsClosedOnLastDay => "courts-closed-on-last-day",
            WarningCode::DisplacedByLocalRule => "displaced-by-local-rule",
            WarningCode::LocalRulesNotBundled => "local-rules-not-bundled",
            WarningCode::EventOnClosedDay => "event-on-closed-day",
            WarningCode::OpenLegalHolidayOnLastDay => "open-legal-holiday-on-last-day",
            WarningCode::Note => "note",
        }
    }
}

/// A warning attached to a result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Warning {
    /// What kind of warning.
    pub code: WarningCode,
    /// The warning as a sentence.
    pub message: String,
    /// What the caller can give to resolve it, if anything (each interface
    /// names it its own way: a method of [`Trigger`](crate::Trigger), a
    /// command-line flag).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remedy: Option<Remedy>,
}

/// What a caller can give to resolve a warning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "give", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Remedy {
    /// The court whose judgment is reviewed
    /// ([`Trigger::origin_court`](crate::Trigger::origin_court)).
    OriginCourt,
    /// How a later paper was served
    /// ([`Trigger::event_served_by`](crate::Trigger::event_served_by)).
    ServedBy {
        /// The paper's event, qualified (`frcp.responsive-pleading-served`).
        event: String,
    },
    /// The date of an event
    /// ([`Trigger::event_on`](crate::Trigger::event_on)).
    EventDate {
        /// The event, qualified (`frap.notice-of-entry-received`).
        event: String,
    },
}

/// The date under one reading of the rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReadingResult {
    /// The reading's id (`default` for the rule as encoded).
    pub id: Text,
    /// The reading's name.
    pub name: Text,
    /// The authority for it.
    pub citation: Option<Text>,
    /// The date under it.
    #[serde(serialize_with = "ser_date")]
    pub date: NaiveDate,
    /// The instant under it, for hour periods.
    pub due_at: Option<DateTime<FixedOffset>>,
}

/// When filing closes on the last day, for one filing method.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Cutoff {
    /// `electronic` or `paper`.
    pub method: Cow<'static, str>,
    /// The instant, in the court's time zone; `None` if the court's hours
    /// are not recorded.
    pub at: Option<DateTime<FixedOffset>>,
    /// The cut-off as a sentence.
    pub text: String,
    /// The authority.
    pub citation: Option<Text>,
}

/// The rule a result was computed under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RuleInfo {
    /// The rule set's id (`frcp`).
    pub rule_set: Text,
    /// The deadline's id within the rule set, or `None` for an ad-hoc period.
    pub deadline: Option<Text>,
    /// The deadline's name, or a description of the ad-hoc period.
    pub name: Text,
    /// The authority (the deadline's citation, or the rule set's counting
    /// convention for an ad-hoc period).
    pub citation: Text,
    /// The period ("21 days").
    pub period: Text,
    /// After or before the event.
    pub direction: Direction,
    /// Which version of the deadline applied, when it has a history.
    pub version: Option<String>,
    /// The deadline's note in its rule file (exceptions, practice
    /// points), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// For a local rule: the default rules it replaces in this court.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub displaces: Vec<DisplacedRule>,
    /// A timely paper of this kind suspends another deadline (a Rule 59
    /// motion suspends the time to appeal, Fed. R. App. P. 4(a)(4)(A)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolls: Option<Tolling>,
}

/// A deadline that a timely paper suspends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Tolling {
    /// The suspended deadline's qualified id (`frap.notice-of-appeal-civil`).
    pub deadline: Text,
    /// The authority.
    pub citation: Text,
}

/// A rule that a local rule replaces in a court (N.D. Cal. Civil L.R.
/// 7-2(a)'s 35 days' notice of a motion in place of Fed. R. Civ. P.
/// 6(c)(1)'s 14).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DisplacedRule {
    /// The replaced deadline's qualified id (`frcp.motion-and-notice-of-hearing`).
    pub deadline: String,
    /// Its name.
    pub name: Text,
    /// Its citation.
    pub citation: Text,
}

/// The trigger a result was computed from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TriggerInfo {
    /// The event's id, for a named deadline.
    pub event: Option<Text>,
    /// The event's name.
    pub event_name: Option<Text>,
    /// The date of the event.
    #[serde(serialize_with = "ser_date")]
    pub date: NaiveDate,
    /// The local time of the event, for hour periods.
    pub time: Option<NaiveTime>,
    /// The service method, if given.
    pub service: Option<Text>,
    /// The date whose rules applied (the trigger date unless the caller gave one).
    #[serde(serialize_with = "ser_date")]
    pub as_of: NaiveDate,
    /// In a court of appeals: the court whose judgment is reviewed, if
    /// given (its state's holidays counted; papers filed there close at
    /// its hours).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin_court: Option<String>,
}

/// A computed deadline: the date, the instant filing closes, the rule, the
/// readings, the warnings and every step of the computation.
///
/// `Display` renders a numbered explanation a paralegal can check line by
/// line; `Serialize` gives the same as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Deadline {
    /// The last day (under the default reading).
    #[serde(serialize_with = "ser_date")]
    pub date: NaiveDate,
    /// For hour periods: the instant the period ends, in the court's time zone.
    pub due_at: Option<DateTime<FixedOffset>>,
    /// The earliest date among the readings: the safe day to act.
    #[serde(serialize_with = "ser_date")]
    pub safe_date: NaiveDate,
    /// Whether the date is provisional: a combined deadline ("whichever is
    /// earlier") one of whose parts could not be computed because its
    /// event's date was not given. A warning with code
    /// [`WarningCode::Provisional`] says which event.
    pub provisional: bool,
    /// When filing closes on the last day, per filing method (day periods).
    pub cutoffs: Vec<Cutoff>,
    /// The court's id.
    pub court: Text,
    /// The court's name.
    pub court_name: Text,
    /// The court's time zone (IANA name).
    pub time_zone: Cow<'static, str>,
    /// The calendars whose closed days counted (the court's own, plus its
    /// state's where state holidays count in this direction).
    pub calendars: Arc<[String]>,
    /// The rule.
    pub rule: RuleInfo,
    /// The trigger.
    pub trigger: TriggerInfo,
    /// The date under each reading; the first is the default.
    pub readings: Vec<ReadingResult>,
    /// Things to check.
    pub warnings: Vec<Warning>,
    /// The computation, step by step.
    pub steps: Vec<Step>,
}

/// Why a court is closed on a day. A day can have several reasons (a
/// holiday observed on a weekend day, two holidays on one day).
///
/// `Display` gives the line a paralegal reads in an explanation, e.g.
/// `Christmas Day, 5 U.S.C. § 6103(a)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Reason {
    /// A weekend day of the calendar.
    Weekend {
        /// The weekday.
        #[serde(serialize_with = "ser_weekday")]
        weekday: Weekday,
    },
    /// A recurring holiday, observed on this day.
    Holiday {
        /// The holiday's name.
        name: Text,
        /// The authority that makes it a holiday for this court.
        citation: Text,
        /// The day the holiday is observed (the day this reason is about).
        #[serde(serialize_with = "ser_date")]
        date: NaiveDate,
        /// The holiday's actual date; differs from `date` when the holiday
        /// is observed on another day.
        #[serde(serialize_with = "ser_date")]
        actual: NaiveDate,
        /// The calendar file that defines the holiday.
        calendar: Text,
    },
    /// A legal holiday of a state on which the state's courts stay open
    /// (a statutory commemoration, say). The reading that counts it as a
    /// day "declared a holiday by the state" (Fed. R. Civ. P. 6(a)(6)(C))
    /// skips it; the federal court itself is open.
    DeclaredHoliday {
        /// The holiday's name.
        name: Text,
        /// The statute that declares it.
        citation: Text,
        /// The day the holiday is observed (the day this reason is about).
        #[serde(serialize_with = "ser_date")]
        date: NaiveDate,
        /// The holiday's actual date.
        #[serde(serialize_with = "ser_date")]
        actual: NaiveDate,
        /// The calendar file that defines the holiday.
        calendar: Text,
    },
    /// A holiday on which the courts close but which is not a legal
    /// holiday for computing time (a judiciary's own holiday, such as the
    /// day after Thanksgiving in Pennsylvania). Whether a period may end on
    /// it depends on the rule set.
    JudiciaryHoliday {
        /// The holiday's name.
        name: Text,
        /// The order or schedule that closes the courts.
        citation: Text,
        /// The day the holiday is observed (the day this reason is about).
        #[serde(serialize_with = "ser_date")]
        date: NaiveDate,
        /// The holiday's actual date.
        #[serde(serialize_with = "ser_date")]
        actual: NaiveDate,
        /// The calendar file that defines the holiday.
        calendar: Text,
    },
    /// A day the caller said the court is closed
    /// ([`Trigger::closed`](crate::Trigger::closed)).
    CallerClosure,
    /// A one-off closure.
    Closure {
        /// What the closure is.
        name: Text,
        /// The order, proclamation or notice.
        citation: Text,
        /// The kind of closure.
        closure_kind: ClosureKind,
        /// The calendar file that records it.
        calendar: Text,
    },
}

/// A date as chrono writes it (`2026-12-04`), without the formatting
/// machinery: a result carries a dozen dates or more.
fn ser_date<S: Serializer>(d: &NaiveDate, s: S) -> std::result::Result<S::Ok, S::Error> {
    let mut buf = [0u8; 10];
    match crate::text::iso_date(*d, &mut buf) {
        Some(text) => s.serialize_str(text),
        None => d.serialize(s),
    }
}

fn ser_weekday<S: Serializer>(w: &Weekday, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(crate::text::weekday_name(*w))
}

/// Every deadline that flows from one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Schedule {
    /// The court's id.
    pub court: String,
    /// The event (`frcp.complaint-served`).
    pub event: String,
    /// The event's name.
    pub event_name: String,
    /// The event's date.
    #[serde(serialize_with = "ser_date")]
    pub date: NaiveDate,
    /// The deadlines, by date.
    pub entries: Vec<ScheduleEntry>,
}

/// One deadline of a schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ScheduleEntry {
    /// The computed deadline.
    pub deadline: Deadline,
    /// Dates assumed to get here (events expected on earlier deadlines' dates).
    pub assumed: Vec<String>,
}

/// The result of running one `[[example]]` of a rule file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ExampleOutcome {
    /// The file the example is in.
    pub file: String,
    /// The line its `[[example]]` header is on.
    pub line: usize,
    /// The rule set.
    pub rule_set: String,
    /// The example's source (the authority and the quoted line).
    pub source: String,
    /// Whether the engine's answer matched the expected one.
    pub passed: bool,
    /// What was expected and what the engine said (or the error).
    pub message: String,
}
