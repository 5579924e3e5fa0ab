//! Rule sets and courts as the engine sees them: validated, every reference
//! resolved, every history sorted. The compute path reads only these.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

/// Shared text: names and citations are loaded once and shared by every
/// result that cites them (a clone is a reference-count increment).
pub(crate) use crate::text::Text;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;

pub(crate) use super::sets::Flags;
use super::sets::build_table;
use super::source::SourceFile;
use crate::calendar::reasons::ReasonCache;
use crate::calendar::table::DayTable;
use crate::calendar::{Calendar, Coverage};
use crate::error::Error;
use crate::vocab::ServiceMethod;
use crate::vocab::{
    Adjust, Direction, ExecutiveOrderClosures, HowCounted, MonthEnd, Period, Roll, ServiceWhen,
    Start, StateClosures, StateHolidays,
};

/// Something that changes over time: the current version and earlier
/// versions, each in force through its `until` date.
#[derive(Debug, Clone)]
pub(crate) struct Versioned<T> {
    pub(crate) current: T,
    /// Earlier versions, sorted by `until`, ascending.
    pub(crate) history: Vec<(NaiveDate, T)>,
}

impl<T> Versioned<T> {
    /// The version in force on `date`, and the date through which it was
    /// in force (`None` for the current version).
    #[inline]
    pub(crate) fn at(&self, date: NaiveDate) -> (&T, Option<NaiveDate>) {
        for (until, v) in &self.history {
            if date <= *until {
                return (v, Some(*until));
            }
        }
        (&self.current, None)
    }
}

/// A rule set's counting convention.
#[derive(Debug, Clone)]
pub(crate) struct Convention {
    pub(crate) citation: Text,
    pub(crate) start: Start,
    pub(crate) roll: Roll,
    /// The roll for periods counted before an event.
    pub(crate) roll_before: Roll,
    /// Whether service extensions lengthen periods counted before an event
    /// (Cal. Code Civ. Proc. § 1013(a): "any period of notice"); Fed. R.
    /// Civ. P. 6(d) covers only acts "within a specified time after being
    /// served".
    pub(crate) service_before_events: bool,
    pub(crate) month_end: MonthEnd,
    pub(crate) state_holidays: StateHolidays,
    /// How the court's own legal holidays on which it stays open count
    /// (default: open, as the calendar keeps them; Ohio counts them).
    pub(crate) court_open_holidays: HowCounted,
    /// How days the courts close that are not legal holidays count
    /// (default: closed, as the calendar keeps them; Pennsylvania counts
    /// them as ordinary days).
    pub(crate) non_legal_holidays: HowCounted,
    pub(crate) short_period_under: Option<u32>,
    pub(crate) short_period_max: Option<u32>,
    pub(crate) inaccessibility: Option<Text>,
}

impl RuleSet {
    /// The service rule for `method`, if the rule set defines it.
    #[inline]
    pub(crate) fn service(&self, method: &str) -> Option<&Versioned<ServiceRule>> {
        let m = ServiceMethod::parse(method)?;
        self.by_method.get(m as usize)?.as_ref()
    }
}

impl Convention {
    /// The roll for a period counted in `dir`.
    #[inline]
    pub(crate) fn roll_for(&self, dir: Direction) -> Roll {
        match dir {
            Direction::After => self.roll,
            Direction::Before => self.roll_before,
        }
    }

    /// Whether a period of `days` days counts only court days.
    #[inline]
    pub(crate) fn is_short(&self, days: u32) -> bool {
        self.short_period_under.is_some_and(|n| days < n)
            || self.short_period_max.is_some_and(|n| days <= n)
    }
}

/// When the filing day ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DayEnd {
    /// At the end of the day (midnight).
    Midnight,
    /// At a local time.
    At(NaiveTime),
}

/// A service method's extension.
#[derive(Debug, Clone)]
pub(crate) struct ServiceRule {
    pub(crate) name: Text,
    pub(crate) citation: Text,
    pub(crate) add: Period,
    pub(crate) when: ServiceWhen,
}

/// Overrides an alternative reading applies.
#[derive(Debug, Clone, Default)]
pub(crate) struct Overrides {
    pub(crate) roll: Option<Roll>,
    pub(crate) service_when: Option<ServiceWhen>,
    pub(crate) month_end: Option<MonthEnd>,
    pub(crate) eo_closures: Option<ExecutiveOrderClosures>,
    /// Whether a service extension applies, overriding the deadline's flag.
    pub(crate) service_extension: Option<bool>,
    /// Where counting starts, overriding the convention.
    pub(crate) start: Option<Start>,
    /// How closures in the state calendars count.
    pub(crate) state_closures: Option<StateClosures>,
    /// How the state's legal holidays on which its courts stay open count.
    pub(crate) state_open_holidays: Option<StateClosures>,
    /// How the court's own legal holidays on which it stays open count.
    pub(crate) court_open_holidays: Option<HowCounted>,
    /// How days the courts close that are not legal holidays count.
    pub(crate) non_legal_holidays: Option<HowCounted>,
}

/// An alternative reading.
#[derive(Debug, Clone)]
pub(crate) struct Reading {
    pub(crate) id: Text,
    pub(crate) name: Text,
    pub(crate) citation: Text,
    pub(crate) overrides: Overrides,
    /// The first and last rules dates for which the reading is shown (the
    /// disagreement concerns the rule as worded then).
    pub(crate) from: Option<NaiveDate>,
    pub(crate) until: Option<NaiveDate>,
    /// Only periods counted in this direction.
    pub(crate) direction: Option<Direction>,
}

impl Reading {
    /// Whether the reading concerns a period counted in `dir` under the
    /// rules in force on `rules_date`.
    pub(crate) fn applies(&self, rules_date: NaiveDate, dir: Direction) -> bool {
        self.from.is_none_or(|f| rules_date >= f)
            && self.until.is_none_or(|u| rules_date <= u)
            && self.direction.is_none_or(|d| d == dir)
    }
}

/// An event.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    pub(crate) id: Text,
    pub(crate) name: Text,
    pub(crate) citation: Option<Text>,
    /// For schedules: the deadline on whose date this event is expected.
    pub(crate) expected: Option<String>,
    /// The appellate rule set's event this one starts (`frap.judgment-entered`).
    pub(crate) appeal: Option<Text>,
}

/// One version of a deadline.
#[derive(Debug, Clone)]
pub(crate) struct DeadlineVersion {
    pub(crate) name: Text,
    pub(crate) citation: Text,
    pub(crate) period: Period,
    /// The period as results show it (`21 days`).
    pub(crate) period_text: Text,
    pub(crate) direction: Direction,
    pub(crate) service_extension: bool,
    pub(crate) roll: Option<Roll>,
    pub(crate) month_end: Option<MonthEnd>,
    pub(crate) adjust: Option<Adjust>,
    /// The local time the last day ends for this deadline, whatever the
    /// filing method (Tex. R. Civ. P. 99(b): 10:00 a.m.).
    pub(crate) cutoff: Option<DayEnd>,
    /// What the date is.
    pub(crate) kind: DeadlineKind,
    /// Counted in calendar days even where the convention's short-period
    /// rule would skip closed days ("7 calendar days").
    pub(crate) calendar_days: bool,
    /// The paper is filed in the court of origin (a notice of appeal is
    /// filed in the district court, Fed. R. App. P. 3(a), 26(a)(4)(A)):
    /// its cut-offs are that court's.
    pub(crate) filed_in_origin: bool,
    /// Service extensions this deadline sets itself, replacing the rule
    /// set's for those methods (Cal. Code Civ. Proc. § 1005(b): 2 calendar
    /// days for overnight delivery, where § 1013(c) gives 2 court days).
    pub(crate) services: Vec<(String, ServiceRule)>,
}

/// What a computed date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DeadlineKind {
    /// A day by which something must be done: rolled off closed days.
    Deadline,
    /// The day something is complete (service under Cal. Code Civ. Proc.
    /// § 415.20): never rolled, whatever day it is (rules/README.md, 'Completion dates').
    Completion,
}

/// A deadline with its history.
#[derive(Debug, Clone)]
pub(crate) struct DeadlineRule {
    pub(crate) id: Text,
    pub(crate) from_event: Text,
    pub(crate) from_date: Option<NaiveDate>,
    /// The last day the deadline exists (a rule repealed or replaced).
    pub(crate) until_date: Option<NaiveDate>,
    pub(crate) versions: Versioned<DeadlineVersion>,
    pub(crate) readings: Vec<Reading>,
    /// For "whichever is earlier (later)" rules: the deadlines of the same
    /// rule set it combines. `versions` then describes the first part (for
    /// listings), with the composite's own name and citation.
    pub(crate) composite: Option<Composite>,
    /// Its note, and how it relates to local rules.
    pub(crate) local: LocalParts,
}

impl DeadlineRule {
    /// Whether the deadline exists under the rules in force on `date`
    /// (`from_date` ..= `until_date`).
    #[inline]
    pub(crate) fn in_force(&self, date: NaiveDate) -> bool {
        self.from_date.is_none_or(|f| date >= f) && self.until_date.is_none_or(|u| date <= u)
    }
}

/// A deadline's note and its relation to local rules.
#[derive(Debug, Clone, Default)]
pub(crate) struct LocalParts {
    /// The deadline's note, shown with its results.
    pub(crate) note: Option<Text>,
    /// In a rule set that supplements another: the bare ids of the
    /// supplemented rule set's deadlines this one replaces.
    pub(crate) displaces: Vec<Text>,
    /// Local rules commonly set other times for this deadline.
    pub(crate) local_rules_vary: bool,
    /// The deadline a timely paper of this kind suspends (qualified id),
    /// and the authority.
    pub(crate) tolls: Option<(Text, Text)>,
}

/// How a composite deadline combines its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Combine {
    /// The earliest of the parts' dates ("whichever is earliest").
    Earliest,
    /// The latest of the parts' dates ("whichever period ends later").
    Latest,
}

/// A deadline that is the earliest or latest of other deadlines.
#[derive(Debug, Clone)]
pub(crate) struct Composite {
    pub(crate) combine: Combine,
    /// The parts, resolved when the rule set was loaded.
    pub(crate) parts: Vec<Arc<DeadlineRule>>,
}

/// What an example triggers.
#[derive(Debug, Clone)]
pub(crate) enum ExampleWhat {
    Deadline(String),
    Period {
        period: String,
        direction: Direction,
    },
}

/// A date or a local date-time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    Date(NaiveDate),
    DateTime(NaiveDateTime),
}

/// A worked example from a rule file.
#[derive(Debug, Clone)]
pub(crate) struct Example {
    pub(crate) file: String,
    pub(crate) line: usize,
    pub(crate) source: String,
    pub(crate) court: String,
    pub(crate) what: ExampleWhat,
    pub(crate) trigger: When,
    pub(crate) service: Option<String>,
    pub(crate) as_of: Option<NaiveDate>,
    pub(crate) closed: Vec<NaiveDate>,
    pub(crate) inaccessible: Vec<NaiveDate>,
    pub(crate) reading: Option<String>,
    pub(crate) expect: When,
}

/// A rule set as the book holds it: parsed when the rules were loaded, or
/// (a bundled file, tested with the crate) parsed the first time a court
/// or a query needs it.
#[derive(Debug)]
pub(crate) struct RuleSetCell {
    pub(crate) id: Text,
    source: Option<SourceFile>,
    cell: OnceLock<Result<Arc<RuleSet>, Error>>,
}

impl RuleSetCell {
    /// A rule set already parsed.
    pub(crate) fn ready(rule_set: RuleSet) -> RuleSetCell {
        RuleSetCell {
            id: rule_set.id.clone(),
            source: None,
            cell: OnceLock::from(Ok(Arc::new(rule_set))),
        }
    }

    /// A rule set to parse from `source` on first use.
    pub(crate) fn lazy(id: &str, source: SourceFile) -> RuleSetCell {
        RuleSetCell {
            id: id.into(),
            source: Some(source),
            cell: OnceLock::new(),
        }
    }

    /// The rule set, parsed on first use. `all` is the book's rule sets:
    /// a rule set that supplements another finds it there.
    ///
    /// # Errors
    ///
    /// The load error of the rule set's file (never for a tested bundled
    /// file), or of the rule set it supplements.
    #[inline]
    pub(crate) fn get(
        &self,
        all: &BTreeMap<String, Arc<RuleSetCell>>,
    ) -> Result<&Arc<RuleSet>, Error> {
        match self.cell.get() {
            Some(Ok(rs)) => Ok(rs),
            _ => self.init(all),
        }
    }

    #[cold]
    #[inline(never)]
    fn init(&self, all: &BTreeMap<String, Arc<RuleSetCell>>) -> Result<&Arc<RuleSet>, Error> {
        // A rule set that supplements another parses that one first. A
        // cycle (a supplements b supplements a) is refused rather than
        // waited on: this thread would wait for itself.
        let cyclic = INITIALIZING.with(|s| {
            let mut s = s.borrow_mut();
            if s.iter().any(|x| **x == *self.id) {
                return Some(s.join(" -> "));
            }
            s.push(self.id.clone());
            None
        });
        if let Some(path) = cyclic {
            return Err(Error::new(
                crate::error::ErrorKind::Cycle,
                format!(
                    "rule sets supplement each other in a cycle: {path} -> {}",
                    self.id
                ),
            ));
        }
        let parsed = self.cell.get_or_init(|| match &self.source {
            Some(file) => super::rule_set_file::parse_rule_set(file, &|id| match all.get(id) {
                Some(cell) => cell.get(all).cloned(),
                None => Err(Error::lazy(
                    crate::error::ErrorKind::Reference,
                    format!("no rule set {id:?}"),
                    id,
                    {
                        let known: Vec<String> = all.keys().cloned().collect();
                        move || known.clone()
                    },
                )),
            })
            .map(Arc::new),
            None => Err(Error::new(
                crate::error::ErrorKind::NotFound,
                format!("rule set {:?} has no source", self.id),
            )),
        });
        INITIALIZING.with(|s| {
            s.borrow_mut().pop();
        });
        match parsed {
            Ok(rs) => Ok(rs),
            Err(e) => Err(e.clone()),
        }
    }
}

thread_local! {
    /// The rule sets this thread is parsing, innermost last.
    static INITIALIZING: std::cell::RefCell<Vec<Text>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A rule set.
#[derive(Debug, Clone)]
pub(crate) struct RuleSet {
    pub(crate) id: Text,
    pub(crate) name: Text,
    pub(crate) citation: Text,
    pub(crate) note: Option<String>,
    /// The rule set this one supplements (a local rule set): its counting,
    /// services, filing rules and readings were inherited, and its events
    /// are named `"<base>.<event>"` here.
    pub(crate) supplements: Option<Text>,
    pub(crate) valid_from: NaiveDate,
    pub(crate) counting: Versioned<Convention>,
    pub(crate) filing_citation: Option<Text>,
    pub(crate) electronic_end: Option<DayEnd>,
    pub(crate) services: BTreeMap<String, Versioned<ServiceRule>>,
    /// The same services indexed by [`ServiceMethod`] (`method as usize`),
    /// for the per-computation lookup.
    pub(crate) by_method: Vec<Option<Versioned<ServiceRule>>>,
    pub(crate) readings: Vec<Reading>,
    pub(crate) events: BTreeMap<String, Event>,
    pub(crate) deadlines: BTreeMap<String, Arc<DeadlineRule>>,
    pub(crate) examples: Vec<Example>,
}

/// A set of calendars merged into one day table (a court's legal holidays
/// for one direction). Described at load; its tables — one per combination
/// of the readings that change a class of days ([`Flags`]) — are built on
/// first use.
#[derive(Debug)]
pub(crate) struct CalendarSet {
    pub(crate) calendars: Arc<[String]>,
    /// The members counted as the state's (days declared a holiday by the
    /// state, Fed. R. Civ. P. 6(a)(6)(C)).
    pub(crate) state_calendars: Arc<[String]>,
    /// The member calendars, each with whether it is one of the state's.
    pub(crate) members: Arc<[(Arc<Calendar>, bool)]>,
    pub(crate) coverage: Coverage,
    tables: [OnceLock<Result<Arc<DayTable>, Error>>; Flags::COUNT],
    /// Why each closed day of each table is closed, found on first use.
    reasons: [ReasonCache; Flags::COUNT],
}

impl CalendarSet {
    /// A set of `members`; no table is built yet.
    pub(crate) fn new(
        calendars: Arc<[String]>,
        state_calendars: Arc<[String]>,
        members: Arc<[(Arc<Calendar>, bool)]>,
        coverage: Coverage,
    ) -> CalendarSet {
        CalendarSet {
            calendars,
            state_calendars,
            members,
            coverage,
            tables: std::array::from_fn(|_| OnceLock::new()),
            reasons: std::array::from_fn(|_| ReasonCache::default()),
        }
    }

    /// The reasons of the closed days of the table under `flags`.
    #[inline]
    pub(crate) fn reason_cache(&self, flags: Flags) -> Option<&ReasonCache> {
        self.reasons.get(usize::from(flags.0) & (Flags::COUNT - 1))
    }

    /// The merged table under `flags`, built on first use.
    ///
    /// # Errors
    ///
    /// A member calendar whose tables cannot be compiled (no court day in
    /// the window).
    #[inline]
    pub(crate) fn table(&self, flags: Flags) -> Result<&DayTable, Error> {
        self.shared_table(flags).map(|t| &**t)
    }

    /// The merged table under `flags`, shared (for a deadline's
    /// precompiled plan, which outlives the borrow).
    #[inline]
    pub(crate) fn shared_table(&self, flags: Flags) -> Result<&Arc<DayTable>, Error> {
        // The mask keeps the index below the array's length, so the
        // lookup needs no check (and cannot fail).
        let index = usize::from(flags.0) & (Flags::COUNT - 1);
        let Some(slot) = self.tables.get(index) else {
            return Err(Error::new(
                crate::error::ErrorKind::Argument,
                "no such table variant",
            ));
        };
        match slot.get() {
            Some(Ok(t)) => Ok(t),
            _ => Self::build(slot, &self.members, flags),
        }
    }

    #[cold]
    #[inline(never)]
    fn build<'s>(
        slot: &'s OnceLock<Result<Arc<DayTable>, Error>>,
        members: &[(Arc<Calendar>, bool)],
        flags: Flags,
    ) -> Result<&'s Arc<DayTable>, Error> {
        match slot.get_or_init(|| build_table(members, flags).map(Arc::new)) {
            Ok(t) => Ok(t),
            Err(e) => Err(e.clone()),
        }
    }
}

/// A court as its file describes it.
#[derive(Debug, Clone)]
pub(crate) struct CourtInfo {
    pub(crate) id: Text,
    pub(crate) name: Text,
    pub(crate) citation: Option<String>,
    pub(crate) rule_sets: Vec<String>,
    pub(crate) calendars: Vec<String>,
    pub(crate) forward_only: Vec<String>,
    pub(crate) state: Option<String>,
    pub(crate) tz: Tz,
    pub(crate) electronic_end: Option<DayEnd>,
    pub(crate) paper_end: Option<DayEnd>,
    pub(crate) filing_citation: Option<Text>,
    /// Earlier cut-offs: (last day in force, electronic, paper, citation),
    /// sorted by date.
    pub(crate) filing_history: Vec<(NaiveDate, Option<DayEnd>, Option<DayEnd>, Text)>,
    /// The court of appeals that hears appeals from this court.
    pub(crate) appeals_to: Option<Text>,
    /// Other names for the court (citation forms).
    pub(crate) aliases: Vec<String>,
    pub(crate) note: Option<String>,
}

/// A court, with its calendars merged and its rule sets resolved. Derefs to
/// its [`CourtInfo`].
#[derive(Debug, Clone)]
pub(crate) struct CourtDef {
    pub(crate) info: CourtInfo,
    /// The court's own calendars, merged.
    pub(crate) base_set: Arc<CalendarSet>,
    /// The court's calendars plus its state calendars (forward-only or all).
    pub(crate) state_set: Arc<CalendarSet>,
    /// The rule sets of `rule_sets`, resolved (each parsed on first use if
    /// it is a bundled file).
    pub(crate) rule_set_defs: Vec<Arc<RuleSetCell>>,
}

impl std::ops::Deref for CourtDef {
    type Target = CourtInfo;

    #[inline]
    fn deref(&self) -> &CourtInfo {
        &self.info
    }
}
