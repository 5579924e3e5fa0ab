//! The trigger: what starts a period, and the checks of the events and
//! service methods it names.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};
use crate::rules::model::{RuleSet, When};
use crate::text::suggest;
use crate::vocab::IntoServiceMethod;

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
    pub(crate) date: NaiveDate,
    pub(crate) time: Option<NaiveTime>,
    pub(crate) service: Option<String>,
    pub(crate) as_of: Option<NaiveDate>,
    pub(crate) closed: Vec<NaiveDate>,
    pub(crate) inaccessible: Vec<NaiveDate>,
    pub(crate) events: Vec<(String, NaiveDate)>,
    /// How the papers of later events were served (schedules).
    pub(crate) event_services: Vec<(String, String)>,
    /// Set on a trigger derived for a later event whose method of service
    /// was not given: the event's name, for the note that no extension was
    /// added.
    #[serde(skip)]
    /// A later paper whose method of service was not given: its qualified
    /// event id and name.
    pub(crate) method_not_given: Option<(String, String)>,
    pub(crate) origin: Option<String>,
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

    /// The paper was served by `method`: a [`ServiceMethod`](crate::ServiceMethod), or its id
    /// (`personal`, `mail`, `mail-out-of-state`, `mail-out-of-country`,
    /// `electronic`, `overnight`, `fax`, `clerk`, `consented`). A method the
    /// rule set does not define is an error when computing.
    ///
    /// ```
    /// use court_deadlines::{ServiceMethod, Trigger};
    /// use court_deadlines::chrono::NaiveDate;
    ///
    /// let served = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    /// assert_eq!(
    ///     Trigger::on(served).served_by(ServiceMethod::Mail),
    ///     Trigger::on(served).served_by("mail"),
    /// );
    /// ```
    pub fn served_by(mut self, method: impl IntoServiceMethod) -> Trigger {
        self.service = Some(method.into_method_id());
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
        method: impl IntoServiceMethod,
    ) -> Trigger {
        let event = event.into();
        self.event_services.retain(|(e, _)| *e != event);
        self.event_services.push((event, method.into_method_id()));
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
    pub(crate) fn when(&self) -> When {
        match self.time {
            Some(t) => When::DateTime(self.date.and_time(t)),
            None => When::Date(self.date),
        }
    }

    #[inline]
    pub(crate) fn rules_date(&self) -> NaiveDate {
        self.as_of.unwrap_or(self.date)
    }

    pub(crate) fn with_date(&self, date: NaiveDate) -> Trigger {
        let mut t = self.clone();
        t.date = date;
        t.time = None;
        t
    }

    /// The trigger for a later event `event` (bare id) of rule set `rs`
    /// on `date`: that event's own method of service, if given, else none.
    pub(crate) fn for_event(
        &self,
        rs: &str,
        event: &str,
        event_name: &str,
        date: NaiveDate,
    ) -> Trigger {
        let mut t = self.with_date(date);
        let given = self
            .event_services
            .iter()
            .find(|(e, _)| bare_event(e, rs) == Some(event))
            .map(|(_, m)| m.clone());
        t.method_not_given = given
            .is_none()
            .then(|| (format!("{rs}.{event}"), event_name.to_owned()));
        t.service = given;
        t
    }
}

/// `event` (`answer-served` or `frcp.answer-served`) as a bare id of rule
/// set `rs`, or `None` when it names another rule set.
pub(crate) fn bare_event<'e>(event: &'e str, rs: &str) -> Option<&'e str> {
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
pub(crate) fn check_trigger(rule_set: &RuleSet, trigger: &Trigger) -> Result<()> {
    if trigger.events.is_empty() && trigger.event_services.is_empty() {
        return Ok(());
    }
    check_trigger_events(rule_set, trigger)
}

/// The events and later papers' methods a trigger names, checked.
#[inline(never)]
fn check_trigger_events(rule_set: &RuleSet, trigger: &Trigger) -> Result<()> {
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
pub(crate) fn check_method(rule_set: &RuleSet, method: &str) -> Result<()> {
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
