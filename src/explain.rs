//! Computed deadlines and their explanations: `Display` for people,
//! `Serialize` and `Deserialize` for programs. Field names are stable.

use std::fmt;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::calendar::long_date;
use crate::compute::types::{Direction, MonthEnd};

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
        chosen: NaiveDate,
    },
}

/// A day passed over, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SkippedDay {
    /// The day.
    pub date: NaiveDate,
    /// Why the court was closed (each reason with its citation).
    pub reasons: Vec<String>,
}

/// One step of a computation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Step {
    /// What the step does.
    pub kind: StepKind,
    /// The date after the step.
    pub date: NaiveDate,
    /// The step as a sentence.
    pub text: String,
    /// The authority for the step.
    pub citation: Option<Arc<str>>,
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
    /// A combined deadline ("whichever is earlier") with a part that could
    /// not be computed: the date may change when that event's date is known.
    Provisional,
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
            WarningCode::Note => "note",
        }
    }
}

impl fmt::Display for WarningCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
}

/// The date under one reading of the rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReadingResult {
    /// The reading's id (`default` for the rule as encoded).
    pub id: Arc<str>,
    /// The reading's name.
    pub name: Arc<str>,
    /// The authority for it.
    pub citation: Option<Arc<str>>,
    /// The date under it.
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
    pub citation: Option<Arc<str>>,
}

/// The rule a result was computed under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RuleInfo {
    /// The rule set's id (`frcp`).
    pub rule_set: Arc<str>,
    /// The deadline's id within the rule set, or `None` for an ad-hoc period.
    pub deadline: Option<Arc<str>>,
    /// The deadline's name, or a description of the ad-hoc period.
    pub name: Arc<str>,
    /// The authority (the deadline's citation, or the rule set's counting
    /// convention for an ad-hoc period).
    pub citation: Arc<str>,
    /// The period ("21 days").
    pub period: String,
    /// After or before the event.
    pub direction: Direction,
    /// Which version of the deadline applied, when it has a history.
    pub version: Option<String>,
}

/// The trigger a result was computed from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TriggerInfo {
    /// The event's id, for a named deadline.
    pub event: Option<Arc<str>>,
    /// The event's name.
    pub event_name: Option<Arc<str>>,
    /// The date of the event.
    pub date: NaiveDate,
    /// The local time of the event, for hour periods.
    pub time: Option<NaiveTime>,
    /// The service method, if given.
    pub service: Option<String>,
    /// The date whose rules applied (the trigger date unless the caller gave one).
    pub as_of: NaiveDate,
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
    pub date: NaiveDate,
    /// For hour periods: the instant the period ends, in the court's time zone.
    pub due_at: Option<DateTime<FixedOffset>>,
    /// The earliest date among the readings: the safe day to act.
    pub safe_date: NaiveDate,
    /// Whether the date is provisional: a combined deadline ("whichever is
    /// earlier") one of whose parts could not be computed because its
    /// event's date was not given. A warning with code
    /// [`WarningCode::Provisional`] says which event.
    pub provisional: bool,
    /// When filing closes on the last day, per filing method (day periods).
    pub cutoffs: Vec<Cutoff>,
    /// The court's id.
    pub court: Arc<str>,
    /// The court's name.
    pub court_name: Arc<str>,
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

impl fmt::Display for Deadline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} — {}", self.rule.name, self.rule.citation)?;
        writeln!(f, "Court: {} ({})", self.court_name, self.court)?;
        writeln!(f, "Calendars: {}", self.calendars.join(", "))?;
        match self.due_at {
            Some(at) => {
                let local = match self.time_zone.parse::<chrono_tz::Tz>() {
                    Ok(tz) => at.with_timezone(&tz).format("%-I:%M %p %Z").to_string(),
                    Err(_) => at.format("%-I:%M %p (UTC%:z)").to_string(),
                };
                writeln!(f, "Due: {} at {local}", long_date(self.date))?;
            }
            None => writeln!(f, "Due: {}", long_date(self.date))?,
        }
        if self.provisional {
            writeln!(
                f,
                "PROVISIONAL: a part of this deadline could not be computed because its event's date was not given (see the warnings); the date may change"
            )?;
        }
        if self.safe_date != self.date {
            writeln!(
                f,
                "Safe date (earliest reading): {}",
                long_date(self.safe_date)
            )?;
        }
        for (i, s) in self.steps.iter().enumerate() {
            write!(f, "  {}. {}", i + 1, s.text)?;
            if let Some(c) = &s.citation {
                write!(f, " [{c}]")?;
            }
            writeln!(f)?;
            for d in &s.skipped {
                writeln!(f, "       {} — {}", long_date(d.date), d.reasons.join("; "))?;
            }
        }
        for c in &self.cutoffs {
            write!(f, "Filing closes ({}): {}", c.method, c.text)?;
            if let Some(cit) = &c.citation {
                write!(f, " [{cit}]")?;
            }
            writeln!(f)?;
        }
        if self
            .readings
            .iter()
            .any(|r| r.date != self.date || r.due_at != self.due_at)
        {
            writeln!(f, "Readings:")?;
            for r in &self.readings {
                write!(f, "  - {}: {}", r.name, long_date(r.date))?;
                if let Some(c) = &r.citation {
                    write!(f, " [{c}]")?;
                }
                writeln!(f)?;
            }
        }
        for w in &self.warnings {
            writeln!(f, "Warning: {}", w.message)?;
        }
        Ok(())
    }
}
