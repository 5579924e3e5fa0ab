//! Courts, triggers, and computing deadlines and schedules.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::engine::{self, Job, Outcome};
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{
    Cutoff, Deadline, ExampleOutcome, ReadingResult, RuleInfo, Schedule, ScheduleEntry,
    TriggerInfo, Warning, WarningCode,
};
use crate::rules::RuleBook;
use crate::rules::model::{
    Combine, Composite, CourtDef, DayEnd, DeadlineKind, DeadlineRule, DeadlineVersion, Overrides,
    Reading, RuleSet, Text, When,
};
use crate::text::long_date;
use crate::text::suggest;
use crate::vocab::{Direction, Period, Unit};

/// What starts a period: the date (or, for hour periods, the local
/// date-time in the court's time zone) of the event, and how the paper was
/// served; optionally the date whose rules apply, extra closures, days the
/// clerk's office was inaccessible, and actual dates of later events for
/// schedules.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use court_deadlines::Trigger;
///
/// let served = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
/// let t = Trigger::on(served).served_by("mail");
/// assert_eq!(t.service(), Some("mail"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trigger {
    date: NaiveDate,
    time: Option<NaiveTime>,
    service: Option<String>,
    as_of: Option<NaiveDate>,
    closed: Vec<NaiveDate>,
    inaccessible: Vec<NaiveDate>,
    events: Vec<(String, NaiveDate)>,
    /// How the papers of later events were served (schedules).
    event_services: Vec<(String, String)>,
    /// Set on a trigger derived for a later event whose method of service
    /// was not given: the event's name, for the note that no extension was
    /// added.
    #[serde(skip)]
    method_not_given: Option<String>,
    origin: Option<String>,
}

impl Trigger {
    /// An event on `date`.
    pub fn on(date: NaiveDate) -> Trigger {
        Trigger {
            date,
            time: None,
            service: None,
            as_of: None,
            closed: Vec::new(),
            inaccessible: Vec::new(),
            events: Vec::new(),
            event_services: Vec::new(),
            method_not_given: None,
            origin: None,
        }
    }

    /// An event at a local date-time in the court's time zone (needed for
    /// periods stated in hours).
    pub fn at(when: NaiveDateTime) -> Trigger {
        let mut t = Trigger::on(when.date());
        t.time = Some(when.time());
        t
    }

    /// The paper was served by `method` (`personal`, `mail`,
    /// `mail-out-of-state`, `mail-out-of-country`, `electronic`,
    /// `overnight`, `fax`, `clerk`, `consented`).
    pub fn served_by(mut self, method: impl Into<String>) -> Trigger {
        self.service = Some(method.into());
        self
    }

    /// Compute under the rules in force on `date` instead of the trigger date.
    pub fn as_of(mut self, date: NaiveDate) -> Trigger {
        self.as_of = Some(date);
        self
    }

    /// The court was closed on `date` (a weather closure, an emergency),
    /// in addition to its calendars.
    pub fn closed(mut self, date: NaiveDate) -> Trigger {
        if !self.closed.contains(&date) {
            self.closed.push(date);
        }
        self
    }

    /// The clerk's office was inaccessible on `date` (Fed. R. Civ. P.
    /// 6(a)(3)): a deadline landing on it moves forward to the first
    /// accessible court day, even for periods counted backward.
    pub fn inaccessible(mut self, date: NaiveDate) -> Trigger {
        if !self.inaccessible.contains(&date) {
            self.inaccessible.push(date);
        }
        self
    }

    /// The court whose judgment or order is under review (for a court of
    /// appeals: the district court). Its state's holidays then count too,
    /// as Fed. R. App. P. 26(a)(6)(C) counts a holiday of the state of
    /// either the district court or the circuit clerk's principal office.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use court_deadlines::{RuleBook, Trigger};
    ///
    /// let book = RuleBook::bundled()?;
    /// // Judgment entered in D. Mass. on Friday, March 21, 2025: day 30 is
    /// // Sunday, April 20, and Monday, April 21 is Patriots' Day, a
    /// // Massachusetts holiday. It counts for an appeal heard in the Fourth
    /// // Circuit (Richmond) only because the district court sits in
    /// // Massachusetts.
    /// let entered = NaiveDate::from_ymd_opt(2025, 3, 21).unwrap();
    /// let ca4 = book.court("ca4")?;
    /// let with = ca4.compute("frap.notice-of-appeal-civil", &Trigger::on(entered).origin_court("mad"))?;
    /// assert_eq!(with.date, NaiveDate::from_ymd_opt(2025, 4, 22).unwrap());
    /// let without = ca4.compute("frap.notice-of-appeal-civil", &Trigger::on(entered))?;
    /// assert_eq!(without.date, NaiveDate::from_ymd_opt(2025, 4, 21).unwrap());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn origin_court(mut self, court: impl Into<String>) -> Trigger {
        self.origin = Some(court.into());
        self
    }

    /// For schedules: event `event` actually happened on `date` (instead of
    /// the date it was expected on).
    pub fn event_on(mut self, event: impl Into<String>, date: NaiveDate) -> Trigger {
        self.events.push((event.into(), date));
        self
    }

    /// For schedules: the paper of event `event` (a later event of the
    /// chain, such as the answer) was served by `method`. The method given
    /// with [`Trigger::served_by`] is the trigger event's alone; deadlines
    /// counted from a later event's service take the method given here, and
    /// no extension where none is given (the result says so).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use court_deadlines::{RuleBook, Trigger};
    ///
    /// let book = RuleBook::bundled()?;
    /// let court = book.court("nysd")?;
    /// let served = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    /// // The complaint was mailed; the answer (the responsive pleading) was served electronically.
    /// let t = Trigger::on(served)
    ///     .served_by("mail")
    ///     .event_served_by("frcp.responsive-pleading-served", "electronic");
    /// let schedule = court.schedule("frcp.complaint-served", &t)?;
    /// assert!(!schedule.entries.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn event_served_by(
        mut self,
        event: impl Into<String>,
        method: impl Into<String>,
    ) -> Trigger {
        let event = event.into();
        self.event_services.retain(|(e, _)| *e != event);
        self.event_services.push((event, method.into()));
        self
    }

    /// The trigger date.
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// The trigger's local time, if given.
    pub fn time(&self) -> Option<NaiveTime> {
        self.time
    }

    /// The service method, if given.
    pub fn service(&self) -> Option<&str> {
        self.service.as_deref()
    }

    #[inline]
    fn when(&self) -> When {
        match self.time {
            Some(t) => When::DateTime(self.date.and_time(t)),
            None => When::Date(self.date),
        }
    }

    #[inline]
    fn rules_date(&self) -> NaiveDate {
        self.as_of.unwrap_or(self.date)
    }

    fn with_date(&self, date: NaiveDate) -> Trigger {
        let mut t = self.clone();
        t.date = date;
        t.time = None;
        t
    }

    /// The trigger for a later event `event` (bare id) of rule set `rs`
    /// on `date`: that event's own method of service, if given, else none.
    fn for_event(&self, rs: &str, event: &str, event_name: &str, date: NaiveDate) -> Trigger {
        let mut t = self.with_date(date);
        let given = self
            .event_services
            .iter()
            .find(|(e, _)| bare_event(e, rs) == Some(event))
            .map(|(_, m)| m.clone());
        t.method_not_given = given.is_none().then(|| event_name.to_owned());
        t.service = given;
        t
    }
}

/// `event` (`answer-served` or `frcp.answer-served`) as a bare id of rule
/// set `rs`, or `None` when it names another rule set.
fn bare_event<'e>(event: &'e str, rs: &str) -> Option<&'e str> {
    match event.split_once('.') {
        Some((r, e)) if r == rs => Some(e),
        Some(_) => None,
        None => Some(event),
    }
}

/// Checks the events and service methods a trigger names against the rule
/// set: an unknown event or method is an error before anything is computed.
/// (The trigger's own method is checked where the job is resolved.)
#[inline]
fn check_trigger(rule_set: &RuleSet, trigger: &Trigger) -> Result<()> {
    if trigger.events.is_empty() && trigger.event_services.is_empty() {
        return Ok(());
    }
    let events = trigger
        .events
        .iter()
        .map(|(e, _)| e)
        .chain(trigger.event_services.iter().map(|(e, _)| e));
    for e in events {
        let known = bare_event(e, &rule_set.id).is_some_and(|b| rule_set.events.contains_key(b));
        if !known {
            return Err(Error::new(
                ErrorKind::NotFound,
                format!(
                    "no event {e:?} in rule set {}{}",
                    rule_set.id,
                    suggest(e, rule_set.events.keys().map(String::as_str))
                ),
            ));
        }
    }
    for (_, m) in &trigger.event_services {
        check_method(rule_set, m)?;
    }
    Ok(())
}

/// An unknown service method is an error, whatever the deadline.
fn check_method(rule_set: &RuleSet, method: &str) -> Result<()> {
    if rule_set.services.contains_key(method) {
        return Ok(());
    }
    // A near spelling is suggested only as a typo ("mial"), never where one
    // word contains the other ("email" is not "mail": that would add days
    // the user did not mean); every method is listed with what it adds.
    let lower = method.to_ascii_lowercase();
    let typo = suggest(
        method,
        rule_set
            .services
            .keys()
            .map(String::as_str)
            .filter(|k| !lower.contains(k) && !k.contains(lower.as_str())),
    );
    let typo = if typo.starts_with(" (did you mean") {
        typo
    } else {
        String::new()
    };
    let defined: Vec<String> = rule_set
        .services
        .iter()
        .map(|(id, s)| format!("{id} (adds {} under the current rules)", s.current.add))
        .collect();
    Err(Error::new(
        ErrorKind::Argument,
        if defined.is_empty() {
            format!(
                "{} defines no service methods, so no method of service ({method:?}) can be given for its deadlines",
                rule_set.id
            )
        } else {
            format!(
                "{} defines no service method {method:?}{typo}; it defines: {}",
                rule_set.id,
                defined.join(", ")
            )
        },
    ))
}

/// A court: where a paper is filed, with its rule sets, calendars, time
/// zone and filing cut-offs. Get one from [`RuleBook::court`].
#[derive(Debug, Clone, Copy)]
pub struct Court<'a> {
    book: &'a RuleBook,
    def: &'a CourtDef,
}

/// A named deadline of a court's rule set, resolved once so that repeated
/// computations skip the lookups. Get one from [`Court::deadline`].
#[derive(Debug, Clone, Copy)]
pub struct DeadlineRef<'a> {
    court: Court<'a>,
    rule_set: &'a RuleSet,
    rule: &'a DeadlineRule,
}

impl RuleBook {
    /// A court by id (`cand`, `nysd`, `ca9`, …).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::NotFound`], suggesting the closest ids.
    pub fn court(&self, id: &str) -> Result<Court<'_>> {
        self.loaded
            .courts
            .get(id)
            .map(|def| Court { book: self, def })
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::NotFound,
                    format!(
                        "no court {id:?}{}",
                        suggest(id, self.loaded.courts.keys().map(String::as_str))
                    ),
                )
            })
    }

    /// Every court, in id order.
    pub fn courts(&self) -> impl Iterator<Item = Court<'_>> {
        self.loaded
            .courts
            .values()
            .map(move |def| Court { book: self, def })
    }

    /// The ids of the loaded rule sets.
    pub fn rule_set_ids(&self) -> impl Iterator<Item = &str> {
        self.loaded.rule_sets.keys().map(String::as_str)
    }
}

impl<'a> Court<'a> {
    /// The court's id.
    pub fn id(&self) -> &'a str {
        &self.def.id
    }

    /// The court's name.
    pub fn name(&self) -> &'a str {
        &self.def.name
    }

    /// The statute creating the court, if recorded.
    pub fn citation(&self) -> Option<&'a str> {
        self.def.citation.as_deref()
    }

    /// The two-letter code of the court's state or territory.
    pub fn state(&self) -> Option<&'a str> {
        self.def.state.as_deref()
    }

    /// The court's time zone (the clerk's principal office).
    pub fn time_zone(&self) -> Tz {
        self.def.tz
    }

    /// The ids of the rule sets that apply in this court.
    pub fn rule_set_ids(&self) -> &'a [String] {
        &self.def.rule_sets
    }

    /// The ids of the court's own calendars.
    pub fn calendar_ids(&self) -> &'a [String] {
        &self.def.calendars
    }

    /// The ids of the state calendars that count only for periods measured
    /// after an event (Fed. R. Civ. P. 6(a)(6)(C)).
    pub fn forward_only_calendar_ids(&self) -> &'a [String] {
        &self.def.forward_only
    }

    /// The court's note, if any.
    pub fn note(&self) -> Option<&'a str> {
        self.def.note.as_deref()
    }

    fn rule_set(&self, id: &str) -> Result<&'a RuleSet> {
        if !self.def.rule_sets.iter().any(|r| r == id) {
            let kind = if self.book.loaded.rule_sets.contains_key(id) {
                ErrorKind::NotApplicable
            } else {
                ErrorKind::NotFound
            };
            return Err(Error::new(
                kind,
                format!(
                    "rule set {id:?} does not apply in {} (its rule sets: {})",
                    self.def.id,
                    self.def.rule_sets.join(", ")
                ),
            ));
        }
        self.book.loaded.rule_sets.get(id).ok_or_else(|| {
            Error::new(
                ErrorKind::NotFound,
                format!("rule set {id:?} is not loaded"),
            )
        })
    }

    /// A named deadline: `"frcp.answer"`, or `"answer"` when only one of the
    /// court's rule sets has it.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::NotFound`], suggesting the closest ids.
    pub fn deadline(&self, id: &str) -> Result<DeadlineRef<'a>> {
        let (rs, name) = match id.split_once('.') {
            Some((rs, name)) => (Some(rs), name),
            None => (None, id),
        };
        let mut found = Vec::new();
        for rs_id in &self.def.rule_sets {
            if rs.is_some_and(|r| r != rs_id) {
                continue;
            }
            if let Some(rule_set) = self.book.loaded.rule_sets.get(rs_id) {
                if let Some(rule) = rule_set.deadlines.get(name) {
                    found.push(DeadlineRef {
                        court: *self,
                        rule_set,
                        rule,
                    });
                }
            }
        }
        match found.as_slice() {
            [one] => Ok(*one),
            [] => {
                let all: Vec<String> = self
                    .all_deadlines()
                    .map(|d| format!("{}.{}", d.rule_set.id, d.rule.id))
                    .collect();
                Err(Error::new(
                    ErrorKind::NotFound,
                    format!(
                        "no deadline {id:?} in {}{}",
                        self.def.id,
                        suggest(id, all.iter().map(String::as_str))
                    ),
                ))
            }
            _ => Err(Error::new(
                ErrorKind::Argument,
                format!(
                    "deadline {id:?} is ambiguous in {}: name the rule set, e.g. \"{}.{name}\"",
                    self.def.id,
                    found.first().map_or("", |d| &*d.rule_set.id)
                ),
            )),
        }
    }

    fn all_deadlines(&self) -> impl Iterator<Item = DeadlineRef<'a>> + '_ {
        let court = *self;
        self.def
            .rule_sets
            .iter()
            .filter_map(move |id| court.book.loaded.rule_sets.get(id))
            .flat_map(move |rule_set| {
                rule_set.deadlines.values().map(move |rule| DeadlineRef {
                    court,
                    rule_set,
                    rule,
                })
            })
    }

    /// Every named deadline of the court's rule sets.
    pub fn deadlines(&self) -> Vec<DeadlineRef<'a>> {
        self.all_deadlines().collect()
    }

    /// Computes a named deadline, with its explanation.
    ///
    /// # Errors
    ///
    /// An unknown deadline or service method, a trigger outside the
    /// calendars' window, or a rule not in force on the rules date.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use court_deadlines::{RuleBook, Trigger};
    ///
    /// let book = RuleBook::bundled()?;
    /// let court = book.court("nysd")?;
    /// // Served Friday, November 27, 2026: 21 days later is Friday, December 18.
    /// let served = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    /// let due = court.compute("frcp.answer", &Trigger::on(served))?;
    /// assert_eq!(due.date, NaiveDate::from_ymd_opt(2026, 12, 18).unwrap());
    /// println!("{due}"); // the numbered explanation
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compute(&self, deadline: &str, trigger: &Trigger) -> Result<Deadline> {
        self.deadline(deadline)?.compute(trigger)
    }

    /// Computes an ad-hoc period ("14 days") under a rule set's
    /// conventions, in this court: for periods a statute or an order sets
    /// that no rule file names.
    ///
    /// # Errors
    ///
    /// A bad period, an unknown rule set, or a trigger outside the window.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use court_deadlines::{Direction, RuleBook, Trigger};
    ///
    /// let book = RuleBook::bundled()?;
    /// let court = book.court("dcd")?;
    /// // Fed. R. Civ. P. 6 committee note (2009): a period of 10 days after
    /// // an event whose tenth day is Saturday, September 1, 2007 runs to
    /// // Tuesday, September 4 (Monday was Labor Day).
    /// let t = Trigger::on(NaiveDate::from_ymd_opt(2007, 8, 22).unwrap())
    ///     .as_of(NaiveDate::from_ymd_opt(2009, 12, 1).unwrap());
    /// let due = court.compute_period("frcp", "10 days", Direction::After, &t)?;
    /// assert_eq!(due.date, NaiveDate::from_ymd_opt(2007, 9, 4).unwrap());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compute_period(
        &self,
        rule_set: &str,
        period: &str,
        direction: Direction,
        trigger: &Trigger,
    ) -> Result<Deadline> {
        let rs = self.rule_set(rule_set)?;
        let p: Period = period.parse()?;
        if p.amount == 0 {
            return Err(Error::new(
                ErrorKind::Argument,
                "a period of 0 is meaningless (the event's own day is excluded from counting)",
            ));
        }
        let version = DeadlineVersion {
            name: format!("{p} {direction} the event").into(),
            citation: "".into(),
            period: p,
            direction,
            service_extension: trigger.service.is_some(),
            roll: None,
            month_end: None,
            adjust: None,
            cutoff: None,
            kind: DeadlineKind::Deadline,
            calendar_days: false,
            filed_in_origin: false,
            services: Vec::new(),
        };
        full(*self, rs, None, &version, None, &[], None, trigger)
    }

    /// Every deadline that flows from `event` on the trigger's date,
    /// following chains of events expected on earlier deadlines' dates
    /// (the caller can give actual dates with [`Trigger::event_on`]).
    ///
    /// # Errors
    ///
    /// An unknown event, or an error computing one of the deadlines.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use court_deadlines::{RuleBook, Trigger};
    ///
    /// let book = RuleBook::bundled()?;
    /// let court = book.court("cand")?;
    /// let entered = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    /// let schedule = court.schedule("frcp.judgment-entered", &Trigger::on(entered))?;
    /// assert!(schedule.entries.iter().any(|e| e.deadline.rule.deadline.as_deref() == Some("new-trial-motion")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn schedule(&self, event: &str, trigger: &Trigger) -> Result<Schedule> {
        let (rs, name) = match event.split_once('.') {
            Some((rs, name)) => (Some(rs), name),
            None => (None, event),
        };
        let mut found: Vec<&RuleSet> = Vec::new();
        for rs_id in &self.def.rule_sets {
            if rs.is_some_and(|r| r != rs_id) {
                continue;
            }
            if let Some(rule_set) = self.book.loaded.rule_sets.get(rs_id) {
                if rule_set.events.contains_key(name) {
                    found.push(rule_set);
                }
            }
        }
        let rule_set = match found.as_slice() {
            [one] => *one,
            [] => {
                let all: Vec<String> = self
                    .def
                    .rule_sets
                    .iter()
                    .filter_map(|r| self.book.loaded.rule_sets.get(r))
                    .flat_map(|r| r.events.keys().map(move |e| format!("{}.{e}", r.id)))
                    .collect();
                return Err(Error::new(
                    ErrorKind::NotFound,
                    format!(
                        "no event {event:?} in {}{}",
                        self.def.id,
                        suggest(event, all.iter().map(String::as_str))
                    ),
                ));
            }
            _ => {
                return Err(Error::new(
                    ErrorKind::NotFound,
                    format!(
                        "event {event:?} is ambiguous in {}: name the rule set",
                        self.def.id
                    ),
                ));
            }
        };
        check_trigger(rule_set, trigger)?;
        if let Some(m) = &trigger.service {
            check_method(rule_set, m)?;
        }
        let mut entries: Vec<ScheduleEntry> = Vec::new();
        // (event, date, assumption that produced the date)
        let mut queue: Vec<(String, NaiveDate, Vec<String>)> =
            vec![(name.to_owned(), trigger.date, Vec::new())];
        // Bounded: event chains are acyclic (checked at load), so each event
        // is reached at most once per path; cap the total anyway.
        let mut budget = 10_000usize;
        while let Some((ev, date, assumed)) = queue.pop() {
            for rule in rule_set.deadlines.values().filter(|d| *d.from_event == *ev) {
                budget = budget.saturating_sub(1);
                if budget == 0 {
                    return Err(Error::new(ErrorKind::Argument, "schedule too large"));
                }
                let dref = DeadlineRef {
                    court: *self,
                    rule_set,
                    rule,
                };
                if rule
                    .from_date
                    .is_some_and(|f| trigger.with_date(date).rules_date() < f)
                {
                    continue;
                }
                let t = if ev == name {
                    if date == trigger.date {
                        trigger.clone()
                    } else {
                        trigger.with_date(date)
                    }
                } else {
                    let ev_name = rule_set.events.get(&ev).map_or(ev.as_str(), |e| &e.name);
                    trigger.for_event(&rule_set.id, &ev, ev_name, date)
                };
                let deadline = dref.compute(&t)?;
                for next in rule_set
                    .events
                    .values()
                    .filter(|e| e.expected.as_deref() == Some(&*rule.id))
                {
                    let actual = trigger
                        .events
                        .iter()
                        .find(|(id, _)| bare_event(id, &rule_set.id) == Some(&*next.id))
                        .map(|(_, d)| *d);
                    let mut why = assumed.clone();
                    let next_date = match actual {
                        Some(d) => {
                            why.push(format!("{} on {} (date given)", next.name, long_date(d)));
                            d
                        }
                        None => {
                            why.push(format!(
                                "{} assumed on {}, the due date of {}",
                                next.name,
                                long_date(deadline.date),
                                deadline.rule.name
                            ));
                            deadline.date
                        }
                    };
                    queue.push((next.id.to_string(), next_date, why));
                }
                entries.push(ScheduleEntry {
                    deadline,
                    assumed: assumed.clone(),
                });
            }
        }
        entries.sort_by(|a, b| {
            (a.deadline.date, &a.deadline.rule.name).cmp(&(b.deadline.date, &b.deadline.rule.name))
        });
        let event_name = rule_set
            .events
            .get(name)
            .map_or_else(|| name.to_owned(), |e| e.name.to_string());
        Ok(Schedule {
            court: self.def.id.to_string(),
            event: format!("{}.{name}", rule_set.id),
            event_name,
            date: trigger.date,
            entries,
        })
    }
}

impl<'a> DeadlineRef<'a> {
    /// The deadline's id within its rule set (`answer`).
    pub fn id(&self) -> &'a str {
        &self.rule.id
    }

    /// The rule set's id (`frcp`).
    pub fn rule_set_id(&self) -> &'a str {
        &self.rule_set.id
    }

    /// The event the deadline runs from.
    pub fn event_id(&self) -> &'a str {
        &self.rule.from_event
    }

    /// The deadline's current name.
    pub fn name(&self) -> &'a str {
        &self.rule.versions.current.name
    }

    /// The deadline's current citation.
    pub fn citation(&self) -> &'a str {
        &self.rule.versions.current.citation
    }

    /// For a deadline that is the earliest or latest of others
    /// ("whichever is earlier"): `"earliest"` or `"latest"`, and the ids of
    /// its parts. `None` for an ordinary deadline.
    ///
    /// # Example
    ///
    /// ```
    /// use court_deadlines::RuleBook;
    ///
    /// let book = RuleBook::bundled()?;
    /// let d = book.court("ca-superior")?.deadline("ca-civil.notice-of-appeal-earliest")?;
    /// let (how, parts) = d.combination().unwrap();
    /// assert_eq!(how, "earliest");
    /// assert_eq!(parts, ["notice-of-appeal-outer", "notice-of-appeal"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn combination(&self) -> Option<(&'static str, Vec<&'a str>)> {
        self.rule.composite.as_ref().map(|c| {
            let how = match c.combine {
                Combine::Earliest => "earliest",
                Combine::Latest => "latest",
            };
            (how, c.parts.iter().map(|p| &**p).collect())
        })
    }

    /// The deadline's current period (for a combined deadline, its first
    /// part's; see [`DeadlineRef::combination`]).
    pub fn period(&self) -> Period {
        self.rule.versions.current.period
    }

    /// The deadline's direction.
    pub fn direction(&self) -> Direction {
        self.rule.versions.current.direction
    }

    #[inline]
    fn check_in_force(&self, trigger: &Trigger) -> Result<()> {
        if let Some(f) = self.rule.from_date {
            if trigger.rules_date() < f {
                return Err(Error::new(
                    ErrorKind::Argument,
                    format!(
                        "{}.{} is in force only from {f}; the rules date is {}",
                        self.rule_set.id,
                        self.rule.id,
                        trigger.rules_date()
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Computes the deadline, with its explanation, readings and warnings.
    ///
    /// # Errors
    ///
    /// An unknown service method, a trigger outside the window, or a
    /// deadline not in force on the rules date.
    pub fn compute(&self, trigger: &Trigger) -> Result<Deadline> {
        self.check_in_force(trigger)?;
        check_trigger(self.rule_set, trigger)?;
        if let Some(c) = &self.rule.composite {
            return self.compute_composite(c, trigger);
        }
        let (version, until) = self.rule.versions.at(trigger.rules_date());
        full(
            self.court,
            self.rule_set,
            Some(self.rule),
            version,
            until,
            &self.rule.readings,
            Some(&self.rule.from_event),
            trigger,
        )
    }

    /// The due date alone: the same computation without the explanation,
    /// readings or warnings. For bulk use.
    ///
    /// # Errors
    ///
    /// As [`DeadlineRef::compute`].
    #[inline]
    pub fn due_date(&self, trigger: &Trigger) -> Result<NaiveDate> {
        self.check_in_force(trigger)?;
        check_trigger(self.rule_set, trigger)?;
        if let Some(c) = &self.rule.composite {
            let mut best: Option<NaiveDate> = None;
            for part in self.parts(c, trigger) {
                if let (part, Some(t)) = part? {
                    // A part not yet in force on its own rules date is left
                    // out, as the explained path leaves it out.
                    if part.rule.from_date.is_some_and(|f| t.rules_date() < f) {
                        continue;
                    }
                    let d = part.due_date(&t)?;
                    best = Some(match (best, c.combine) {
                        (None, _) => d,
                        (Some(b), Combine::Earliest) => b.min(d),
                        (Some(b), Combine::Latest) => b.max(d),
                    });
                }
            }
            return best.ok_or_else(|| no_part_computable(self));
        }
        let (version, _) = self.rule.versions.at(trigger.rules_date());
        let job = job(self.court, self.rule_set, version, trigger, None)?;
        Ok(engine::run(&job, &Overrides::default(), &mut engine::Silent)?.date)
    }

    /// The parts of a composite, each with the trigger for its own event
    /// (`None` when the caller gave no date for that event). The trigger's
    /// own date is the date of the first part's event.
    fn parts<'t>(
        &'t self,
        c: &'t Composite,
        trigger: &'t Trigger,
    ) -> impl Iterator<Item = Result<(DeadlineRef<'a>, Option<Trigger>)>> + 't {
        c.parts.iter().map(move |id| {
            let rule = self.rule_set.deadlines.get(&**id).ok_or_else(|| {
                Error::new(ErrorKind::NotFound, format!("internal: part {id} missing"))
            })?;
            let part = DeadlineRef {
                court: self.court,
                rule_set: self.rule_set,
                rule,
            };
            let event_name = self
                .rule_set
                .events
                .get(&*rule.from_event)
                .map_or(&*rule.from_event, |e| &*e.name);
            let given = trigger
                .events
                .iter()
                .find(|(e, _)| bare_event(e, &self.rule_set.id) == Some(&*rule.from_event))
                .map(|(_, d)| {
                    trigger.for_event(&self.rule_set.id, &rule.from_event, event_name, *d)
                });
            let t = given
                .or_else(|| (rule.from_event == self.rule.from_event).then(|| trigger.clone()));
            Ok((part, t))
        })
    }

    /// "Whichever is earlier (later)": every part computed from its own
    /// event's date, then the earliest (latest) chosen, with every part's
    /// steps in the explanation.
    fn compute_composite(&self, c: &Composite, trigger: &Trigger) -> Result<Deadline> {
        let mut computed: Vec<(DeadlineRef<'a>, Deadline)> = Vec::new();
        let mut missing: Vec<(DeadlineRef<'a>, Text)> = Vec::new();
        for part in self.parts(c, trigger) {
            let (part, t) = part?;
            match t {
                Some(t) => {
                    if part.rule.from_date.is_some_and(|f| t.rules_date() < f) {
                        continue;
                    }
                    let due = part.compute(&t)?;
                    computed.push((part, due));
                }
                None => {
                    let event = self
                        .rule_set
                        .events
                        .get(&*part.rule.from_event)
                        .map_or_else(|| part.rule.from_event.clone(), |e| e.name.clone());
                    missing.push((part, event));
                }
            }
        }
        let key = |d: &Deadline| (d.date, d.due_at);
        let chosen = match c.combine {
            Combine::Earliest => computed.iter().min_by_key(|(_, d)| key(d)),
            Combine::Latest => computed.iter().max_by_key(|(_, d)| key(d)),
        }
        .map(|(_, d)| d.clone())
        .ok_or_else(|| no_part_computable(self))?;
        let which = match c.combine {
            Combine::Earliest => "earliest",
            Combine::Latest => "latest",
        };
        let mut out = chosen;
        let version = &self.rule.versions.current;
        out.rule.deadline = Some(self.rule.id.clone());
        out.rule.name = version.name.clone();
        out.rule.citation = version.citation.clone();
        out.rule.version = None;
        out.rule.period = computed
            .iter()
            .map(|(_, d)| d.rule.period.as_str())
            .collect::<Vec<_>>()
            .join(" / ");
        let mut steps = Vec::new();
        let mut warnings: Vec<Warning> = Vec::new();
        let mut lines = Vec::new();
        for (part, due) in &computed {
            for step in &due.steps {
                let mut step = step.clone();
                step.text = format!("[{}] {}", part.name(), step.text);
                steps.push(step);
            }
            for w in &due.warnings {
                if !warnings.contains(w) {
                    warnings.push(w.clone());
                }
            }
            lines.push(format!("{}: {}", part.name(), long_date(due.date)));
        }
        for (part, event) in &missing {
            lines.push(format!(
                "{}: not computed ({} not given)",
                part.name(),
                event
            ));
            let consequence = match c.combine {
                Combine::Earliest => "if it happened, its deadline may be the earlier one",
                Combine::Latest => "if it happened, its deadline may be the later one",
            };
            warnings.push(Warning {
                code: WarningCode::Provisional,
                message: format!(
                    "PROVISIONAL: {} was not computed because the date of \"{event}\" was not given (Trigger::event_on with event {:?}; docket --actual {}={}); {consequence}",
                    part.name(),
                    &*part.rule.from_event,
                    &*part.rule.from_event,
                    "YYYY-MM-DD"
                ),
            });
        }
        steps.push(crate::explain::Step {
            kind: crate::explain::StepKind::Choose,
            date: out.date,
            text: format!(
                "Choose the {which}: {}. The deadline is {}.",
                lines.join("; "),
                long_date(out.date)
            ),
            citation: Some(version.citation.clone()),
            skipped: Vec::new(),
            op: crate::explain::Op::Choose { chosen: out.date },
        });
        out.steps = steps;
        out.warnings = warnings;
        out.provisional = !missing.is_empty();
        out.safe_date = match c.combine {
            Combine::Earliest => computed.iter().map(|(_, d)| d.safe_date).min(),
            Combine::Latest => computed.iter().map(|(_, d)| d.safe_date).max(),
        }
        .unwrap_or(out.date);
        Ok(out)
    }
}

fn no_part_computable(d: &DeadlineRef<'_>) -> Error {
    Error::new(
        ErrorKind::Argument,
        format!(
            "none of the parts of {}.{} could be computed: give the dates of their events with Trigger::event_on",
            d.rule_set.id, d.rule.id
        ),
    )
}

#[inline]
fn job<'a>(
    court: Court<'a>,
    rule_set: &'a RuleSet,
    version: &'a DeadlineVersion,
    trigger: &'a Trigger,
    event_name: Option<&'a str>,
) -> Result<Job<'a>> {
    let as_of = trigger.rules_date();
    let (conv, _) = rule_set.counting.at(as_of);
    if let Some(id) = &trigger.origin {
        if !court.book.loaded.courts.contains_key(id) {
            return Err(Error::new(
                ErrorKind::NotFound,
                format!(
                    "no court {id:?} (the court of origin){}",
                    suggest(id, court.book.loaded.courts.keys().map(String::as_str))
                ),
            ));
        }
    }
    // The extension for the trigger's method, whether or not this deadline
    // applies one (a reading may switch it on or off).
    let available = trigger.service.as_deref().and_then(|method| {
        version
            .services
            .iter()
            .find(|(m, _)| m == method)
            .map(|(_, own)| (method, own))
            .or_else(|| {
                rule_set
                    .services
                    .get(method)
                    .map(|s| (method, s.at(as_of).0))
            })
    });
    if let (Some(method), None) = (&trigger.service, available) {
        check_method(rule_set, method)?;
    }
    // Service extensions lengthen periods counted before an event only
    // where the rule set says its rules do (Cal. Code Civ. Proc. § 1013(a)
    // "any period of notice"; not Fed. R. Civ. P. 6(d), "within a specified
    // time after being served").
    let service = if version.service_extension
        && (version.direction == Direction::After || conv.service_before_events)
    {
        available
    } else {
        None
    };
    Ok(job_with(
        court, version, trigger, event_name, conv, service, available,
    ))
}

#[inline]
fn job_with<'a>(
    court: Court<'a>,
    version: &'a DeadlineVersion,
    trigger: &'a Trigger,
    event_name: Option<&'a str>,
    conv: &'a crate::rules::model::Convention,
    service: Option<(&'a str, &'a crate::rules::model::ServiceRule)>,
    service_available: Option<(&'a str, &'a crate::rules::model::ServiceRule)>,
) -> Job<'a> {
    Job {
        book: court.book,
        court: court.def,
        conv,
        period: version.period,
        direction: version.direction,
        roll: version.roll,
        month_end: version.month_end,
        adjust: version.adjust,
        kind: version.kind,
        calendar_days: version.calendar_days,
        service,
        service_available,
        trigger: trigger.when(),
        closed: &trigger.closed,
        inaccessible: &trigger.inaccessible,
        event_name,
        origin: trigger
            .origin
            .as_deref()
            .and_then(|id| court.book.loaded.courts.get(id)),
    }
}

fn end_of_day(tz: Tz, date: NaiveDate, end: DayEnd) -> Option<DateTime<FixedOffset>> {
    let t = match end {
        DayEnd::Midnight => NaiveTime::from_hms_milli_opt(23, 59, 59, 999)?,
        DayEnd::At(t) => t,
    };
    Some(engine::resolve(tz, date.and_time(t)).0.fixed_offset())
}

#[allow(clippy::too_many_arguments)]
fn full(
    court: Court<'_>,
    rule_set: &RuleSet,
    rule: Option<&DeadlineRule>,
    version: &DeadlineVersion,
    until: Option<NaiveDate>,
    deadline_readings: &[Reading],
    event: Option<&Text>,
    trigger: &Trigger,
) -> Result<Deadline> {
    let event_name = event
        .and_then(|e| rule_set.events.get(&**e))
        .map(|e| &e.name);
    let j = job(court, rule_set, version, trigger, event_name.map(|n| &**n))?;
    let mut steps = Vec::new();
    let mut warnings: Vec<Warning> = Vec::new();
    let main = engine::run(
        &j,
        &Overrides::default(),
        &mut engine::Explain {
            steps: &mut steps,
            warnings: &mut warnings,
        },
    )?;

    // Alternative readings: the rule set's, then the deadline's.
    let mut readings = vec![ReadingResult {
        id: "default".into(),
        name: "The rule as encoded".into(),
        citation: None,
        date: main.date,
        due_at: main.due_at,
    }];
    let rules_date = trigger.rules_date();
    for r in rule_set
        .readings
        .iter()
        .chain(deadline_readings.iter())
        .filter(|r| r.applies(rules_date, version.direction))
    {
        // A reading that cannot be computed (its date would fall outside
        // the compiled window) is reported, never allowed to fail the
        // default computation.
        let out: Outcome = match engine::run(&j, &r.overrides, &mut engine::Silent) {
            Ok(out) => out,
            Err(e) => {
                warnings.push(Warning {
                    code: WarningCode::Note,
                    message: format!("the reading \"{}\" could not be computed: {e}", r.name),
                });
                continue;
            }
        };
        readings.push(ReadingResult {
            id: r.id.clone(),
            name: r.name.clone(),
            citation: Some(r.citation.clone()),
            date: out.date,
            due_at: out.due_at,
        });
    }
    let safe = readings.iter().map(|r| r.date).min().unwrap_or(main.date);
    if readings.iter().any(|r| r.date != main.date) {
        let list: Vec<String> = readings
            .iter()
            .map(|r| format!("{}: {}", r.name, long_date(r.date)))
            .collect();
        warnings.push(Warning {
            code: WarningCode::ReadingsDiffer,
            message: format!(
                "authorities read this rule differently ({}); the safe date is the earliest, {}",
                list.join("; "),
                long_date(safe)
            ),
        });
    }

    let (conv, conv_until) = rule_set.counting.at(trigger.rules_date());
    coverage_warnings(rule_set, trigger, &main, &mut warnings);
    let state_holidays_count = conv.state_holidays != crate::vocab::StateHolidays::None
        && (version.direction == Direction::After
            || conv.state_holidays == crate::vocab::StateHolidays::All);
    // Every court whose state's holidays count here: this court, and the
    // court of origin (Fed. R. App. P. 26(a)(6)(C)). A court without its
    // state's calendar is said, never silently skipped.
    let origin = trigger
        .origin
        .as_deref()
        .and_then(|id| court.book.loaded.courts.get(id));
    let counted = std::iter::once((court.def, "this court"))
        .chain(origin.map(|o| (o, "the court of origin")));
    for (c, which) in counted.filter(|_| state_holidays_count) {
        if c.forward_only.is_empty() {
            let state = c.state.as_deref().unwrap_or("the court's state");
            warnings.push(Warning {
                code: WarningCode::StateHolidaysNotApplied,
                message: format!(
                    "no calendar of {state} holidays is bundled for {} ({which}), so days declared a holiday by that state, which count under {}, were not applied; check the state's legal holidays around {}",
                    c.id,
                    conv.citation,
                    long_date(main.date)
                ),
            });
        }
    }
    service_warnings(
        rule_set,
        rule.is_some(),
        version,
        conv,
        &j,
        trigger,
        &mut warnings,
    );

    // Cut-offs (day periods; (a)(4) does not apply to hour periods).
    let mut cutoffs = Vec::new();
    if let (Some(end), DeadlineKind::Deadline) = (version.cutoff, version.kind) {
        let at = end_of_day(court.def.tz, main.date, end);
        cutoffs.push(Cutoff {
            method: "any".into(),
            at,
            text: match at {
                Some(at) => format!(
                    "{} on {}, whatever the filing method ({})",
                    at.format("%-I:%M %p"),
                    long_date(main.date),
                    court.def.tz.name()
                ),
                None => "as the rule says".to_owned(),
            },
            citation: Some(version.citation.clone()),
        });
    } else if version.period.unit != Unit::Hour && version.kind == DeadlineKind::Deadline {
        // A paper filed in the court of origin (a notice of appeal) ends
        // with that court's day, in its time zone.
        let origin = trigger
            .origin
            .as_deref()
            .and_then(|id| court.book.loaded.courts.get(id));
        let fc: &CourtDef = match (version.filed_in_origin, origin) {
            (true, Some(o)) => o,
            _ => court.def,
        };
        if version.filed_in_origin && origin.is_none() {
            warnings.push(Warning {
                code: WarningCode::Note,
                message: format!(
                    "this paper is filed in the court whose judgment is reviewed; give that court (Trigger::origin_court, docket --origin-court) for its filing cut-off and time zone: the cut-offs shown are {}'s",
                    court.def.id
                ),
            });
        }
        let tz = fc.tz;
        // The court's cut-offs in force on the last day.
        let (electronic_end, paper_end, court_citation) = fc
            .filing_history
            .iter()
            .find(|(until, ..)| main.date <= *until)
            .map_or(
                (fc.electronic_end, fc.paper_end, fc.filing_citation.clone()),
                |(_, e, p, c)| (*e, *p, Some(c.clone())),
            );
        let citation = court_citation.or_else(|| rule_set.filing_citation.clone());
        if let Some(end) = electronic_end.or(rule_set.electronic_end) {
            let at = end_of_day(tz, main.date, end);
            cutoffs.push(Cutoff {
                method: "electronic".into(),
                at,
                text: match (end, at) {
                    (DayEnd::Midnight, _) => format!(
                        "midnight at the end of {} ({})",
                        long_date(main.date),
                        tz.name()
                    ),
                    (_, Some(at)) => format!(
                        "{} on {} ({})",
                        at.format("%-I:%M %p"),
                        long_date(main.date),
                        tz.name()
                    ),
                    _ => "end of the day".to_owned(),
                },
                citation: citation.clone(),
            });
        }
        match paper_end {
            Some(end) => {
                let at = end_of_day(tz, main.date, end);
                cutoffs.push(Cutoff {
                    method: "paper".into(),
                    at,
                    text: match at {
                        Some(at) => format!("{}, when the clerk's office is scheduled to close, on {} ({})", at.format("%-I:%M %p"), long_date(main.date), tz.name()),
                        None => "when the clerk's office is scheduled to close".to_owned(),
                    },
                    citation: citation.clone(),
                });
            }
            None => cutoffs.push(Cutoff {
                method: "paper".into(),
                at: None,
                text: format!("when the clerk's office is scheduled to close on {} (the hours are not recorded for this court)", long_date(main.date)),
                citation,
            }),
        }
    }

    let version_label = until.map(|u| format!("{} (in force through {u})", version.citation));
    let (name, citation) = match rule {
        Some(_) => (version.name.clone(), version.citation.clone()),
        None => (version.name.clone(), conv.citation.clone()),
    };
    let _ = conv_until;
    Ok(Deadline {
        date: main.date,
        due_at: main.due_at,
        safe_date: safe,
        provisional: false,
        cutoffs,
        court: court.def.id.clone(),
        court_name: court.def.name.clone(),
        time_zone: court.def.tz.name().into(),
        calendars: main
            .calendars
            .clone()
            .unwrap_or_else(|| Arc::from(Vec::new())),
        rule: RuleInfo {
            rule_set: rule_set.id.clone(),
            deadline: rule.map(|r| r.id.clone()),
            name,
            citation,
            period: version.period.to_string(),
            direction: version.direction,
            version: version_label,
        },
        trigger: TriggerInfo {
            event: event.cloned(),
            event_name: event_name.cloned(),
            date: trigger.date,
            time: trigger.time,
            service: trigger.service.clone(),
            as_of: trigger.rules_date(),
        },
        readings,
        warnings,
        steps,
    })
}

/// Why a method of service added nothing, or why no method was applied.
fn service_warnings(
    rule_set: &RuleSet,
    named: bool,
    version: &DeadlineVersion,
    conv: &crate::rules::model::Convention,
    job: &Job<'_>,
    trigger: &Trigger,
    warnings: &mut Vec<Warning>,
) {
    let applies_here = version.direction == Direction::After || conv.service_before_events;
    if let Some(method) = trigger.service.as_deref() {
        if version.service_extension && !applies_here {
            let citation = job
                .service_available
                .map_or_else(|| rule_set.citation.clone(), |(_, s)| s.citation.clone());
            warnings.push(Warning {
                code: WarningCode::ServiceExtensionNotApplied,
                message: format!(
                    "no days are added for service by {method}: the extension ({citation}) applies only to a period that runs after service, and this period is counted before the event"
                ),
            });
        } else if !version.service_extension && named {
            warnings.push(Warning {
                code: WarningCode::ServiceExtensionNotApplied,
                message: format!(
                    "no service extension applies to this deadline ({}), whatever the method of service",
                    version.citation
                ),
            });
        }
    } else if let Some(event) = &trigger.method_not_given {
        if version.service_extension && applies_here {
            warnings.push(Warning {
                code: WarningCode::ServiceMethodNotGiven,
                message: format!(
                    "this deadline counts from \"{event}\", whose method of service was not given, so no service extension was added; if that paper was served by a method that adds days, give it (Trigger::event_served_by; docket --served EVENT=METHOD)"
                ),
            });
        }
    }
}

fn coverage_warnings(
    rule_set: &RuleSet,
    trigger: &Trigger,
    main: &Outcome,
    warnings: &mut Vec<Warning>,
) {
    let set = main;
    let (lo, hi) = if trigger.date <= main.date {
        (trigger.date, main.date)
    } else {
        (main.date, trigger.date)
    };
    if hi > set.coverage.verified_through {
        warnings.push(Warning {
            code: WarningCode::BeyondVerifiedCoverage,
            message: format!(
                "the calendars used ({}) were checked against official lists and orders only through {}: a closure after that date (an executive order, an emergency) would not be known; check the court's notices",
                set.calendars.as_deref().unwrap_or_default().join(", "),
                set.coverage.verified_through
            ),
        });
    }
    if lo < set.coverage.valid_from {
        warnings.push(Warning {
            code: WarningCode::BeforeCoverage,
            message: format!(
                "the calendars used ({}) encode holiday history only from {}; for earlier dates they apply the rules as later written",
                set.calendars.as_deref().unwrap_or_default().join(", "),
                set.coverage.valid_from
            ),
        });
    }
    if trigger.rules_date() < rule_set.valid_from {
        warnings.push(Warning {
            code: WarningCode::BeforeCoverage,
            message: format!(
                "{} encodes its history only from {}; the rules date {} is earlier, so the earliest encoded version was applied",
                rule_set.name,
                rule_set.valid_from,
                trigger.rules_date()
            ),
        });
    }
}

/// A rule set's description. Get one from [`RuleBook::rule_set`].
#[derive(Debug, Clone, Copy)]
pub struct RuleSetRef<'a> {
    def: &'a RuleSet,
}

impl<'a> RuleSetRef<'a> {
    /// The id (`frcp`).
    pub fn id(&self) -> &'a str {
        &self.def.id
    }

    /// The name.
    pub fn name(&self) -> &'a str {
        &self.def.name
    }

    /// The authority for the rule set as a whole.
    pub fn citation(&self) -> &'a str {
        &self.def.citation
    }

    /// The file's note, if any.
    pub fn note(&self) -> Option<&'a str> {
        self.def.note.as_deref()
    }

    /// The date from which the rule set's history is encoded.
    pub fn valid_from(&self) -> NaiveDate {
        self.def.valid_from
    }

    /// The ids of its events, with their names and citations.
    pub fn events(&self) -> impl Iterator<Item = (&'a str, &'a str, Option<&'a str>)> {
        self.def
            .events
            .values()
            .map(|e| (&*e.id, &*e.name, e.citation.as_deref()))
    }

    /// The ids of its deadlines.
    pub fn deadline_ids(&self) -> impl Iterator<Item = &'a str> {
        self.def.deadlines.keys().map(String::as_str)
    }

    /// The service methods it defines.
    pub fn service_methods(&self) -> impl Iterator<Item = &'a str> {
        self.def.services.keys().map(String::as_str)
    }
}

impl RuleBook {
    /// A rule set by id.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::NotFound`], suggesting the closest ids.
    pub fn rule_set(&self, id: &str) -> Result<RuleSetRef<'_>> {
        self.loaded
            .rule_sets
            .get(id)
            .map(|def| RuleSetRef { def })
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::NotFound,
                    format!(
                        "no rule set {id:?}{}",
                        suggest(id, self.loaded.rule_sets.keys().map(String::as_str))
                    ),
                )
            })
    }

    /// Runs every `[[example]]` of every loaded rule set: the worked
    /// examples contributors put beside their rules. The test suite asserts
    /// that each bundled example passes.
    ///
    /// # Example
    ///
    /// ```
    /// use court_deadlines::RuleBook;
    ///
    /// let book = RuleBook::bundled()?;
    /// for outcome in book.run_examples() {
    ///     assert!(outcome.passed, "{}:{}: {}", outcome.file, outcome.line, outcome.message);
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn run_examples(&self) -> Vec<ExampleOutcome> {
        let mut out = Vec::new();
        for rs in self.loaded.rule_sets.values() {
            for ex in &rs.examples {
                let (passed, message) = match run_example(self, rs, ex) {
                    Ok(m) => m,
                    Err(e) => (false, format!("error: {e}")),
                };
                out.push(ExampleOutcome {
                    file: ex.file.clone(),
                    line: ex.line,
                    rule_set: rs.id.to_string(),
                    source: ex.source.clone(),
                    passed,
                    message,
                });
            }
        }
        out
    }
}

fn run_example(
    book: &RuleBook,
    rs: &RuleSet,
    ex: &crate::rules::model::Example,
) -> Result<(bool, String)> {
    use crate::rules::model::ExampleWhat;
    let court = book.court(&ex.court)?;
    let mut t = match ex.trigger {
        When::Date(d) => Trigger::on(d),
        When::DateTime(dt) => Trigger::at(dt),
    };
    if let Some(s) = &ex.service {
        t = t.served_by(s.clone());
    }
    if let Some(a) = ex.as_of {
        t = t.as_of(a);
    }
    for d in &ex.closed {
        t = t.closed(*d);
    }
    for d in &ex.inaccessible {
        t = t.inaccessible(*d);
    }
    let due = match &ex.what {
        ExampleWhat::Deadline(id) => court.compute(&format!("{}.{id}", rs.id), &t)?,
        ExampleWhat::Period { period, direction } => {
            court.compute_period(&rs.id, period, *direction, &t)?
        }
    };
    let (date, at) = match &ex.reading {
        None => (due.date, due.due_at),
        Some(r) => match due.readings.iter().find(|x| *x.id == **r) {
            Some(x) => (x.date, x.due_at),
            None => return Ok((false, format!("no reading {r:?} in the result"))),
        },
    };
    Ok(match ex.expect {
        When::Date(want) => (want == date, format!("expected {want}, computed {date}")),
        When::DateTime(want) => {
            let got = at.map(|a| a.with_timezone(&court.time_zone()).naive_local());
            (
                got == Some(want),
                format!("expected {want}, computed {got:?}"),
            )
        }
    })
}
