//! Schedules: every deadline that flows from one event, following chains
//! of events expected on earlier deadlines' dates.

use std::sync::Arc;

use chrono::NaiveDate;

use super::court::Court;
use super::deadline::DeadlineRef;
use super::trigger::{Trigger, bare_event, check_method, check_trigger};
use crate::error::{Error, ErrorKind, Result};
use crate::explain::sentences;
use crate::explain::{Schedule, ScheduleEntry};
use crate::rules::model::RuleSet;

impl Court {
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
        let (rule_set, name, _) = self.resolve(event, "event", |r| &r.events)?;
        check_trigger(rule_set, trigger)?;
        if let Some(m) = &trigger.service {
            check_method(rule_set, m)?;
        }
        let mut entries: Vec<ScheduleEntry> = Vec::new();
        // Bounded: event chains are acyclic (checked at load), so each event
        // is reached at most once per path; cap the total anyway.
        let mut budget = 10_000usize;
        self.schedule_in(rule_set, name, trigger, &mut budget, &mut entries, false)?;
        // The court's local rules that supplement this rule set run from the
        // same event (named "<rule set>.<event>" in them).
        let imported = format!("{}.{name}", rule_set.id);
        for local in self.supplements_of(&rule_set.id) {
            if local.events.contains_key(&imported) {
                self.schedule_in(local, &imported, trigger, &mut budget, &mut entries, false)?;
            }
        }
        // A judgment also starts the time to appeal: the papers filed here
        // to appeal (the notice of appeal, Fed. R. App. P. 3(a)(1)), counted
        // as the court of appeals counts them, with this court as the court
        // of origin (its state's holidays and its filing hours).
        if let Some(appeal) = rule_set.events.get(name).and_then(|e| e.appeal.as_deref()) {
            self.schedule_appeal(appeal, trigger, &mut budget, &mut entries)?;
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

    /// The deadlines of one rule set that flow from its event `start` on
    /// the trigger's date, following chains of expected events. Deadlines
    /// a local rule of the court displaces are left out (the local one is
    /// scheduled in their place).
    fn schedule_in(
        &self,
        rule_set: &Arc<RuleSet>,
        start: &str,
        trigger: &Trigger,
        budget: &mut usize,
        entries: &mut Vec<ScheduleEntry>,
        only_filed_in_origin: bool,
    ) -> Result<()> {
        // (event, date, assumption that produced the date)
        let mut queue: Vec<(String, NaiveDate, Vec<String>)> =
            vec![(start.to_owned(), trigger.date, Vec::new())];
        while let Some((ev, date, assumed)) = queue.pop() {
            for rule in rule_set.deadlines.values().filter(|d| *d.from_event == *ev) {
                *budget = budget.saturating_sub(1);
                if *budget == 0 {
                    return Err(Error::new(ErrorKind::Argument, "schedule too large"));
                }
                let rules_date = trigger.with_date(date).rules_date();
                if !rule.in_force(rules_date) {
                    continue;
                }
                // A deadline a local rule replaces is left out when the local
                // one runs from the same event (it is scheduled in its place);
                // otherwise it stays, and its result names the local rule.
                if let Some((_, local)) = self.displaced_by(&rule_set.id, &rule.id, rules_date) {
                    let same_event = local
                        .from_event
                        .strip_prefix(&*rule_set.id)
                        .and_then(|e| e.strip_prefix('.'))
                        == Some(&*rule.from_event);
                    if same_event {
                        continue;
                    }
                }
                let dref = DeadlineRef::new(self.clone(), Arc::clone(rule_set), Arc::clone(rule));
                let t = if ev == start {
                    if date == trigger.date {
                        trigger.clone()
                    } else {
                        trigger.with_date(date)
                    }
                } else {
                    let ev_name = rule_set.events.get(&ev).map_or(ev.as_str(), |e| &e.name);
                    trigger.for_event(&rule_set.id, &ev, ev_name, date)
                };
                if only_filed_in_origin && !rule.versions.at(rules_date).0.filed_in_origin {
                    continue;
                }
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
                            why.push(sentences::event_given(&next.name, d));
                            d
                        }
                        None => {
                            why.push(sentences::event_assumed(
                                &next.name,
                                deadline.date,
                                &deadline.rule.name,
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
        Ok(())
    }

    /// The papers filed in this court to appeal a judgment: the deadlines
    /// of the appellate rule set's event `appeal` (`frap.judgment-entered`)
    /// that are filed in the court of origin, computed in the court of
    /// appeals the court's profile names (`appeals_to`).
    fn schedule_appeal(
        &self,
        appeal: &str,
        trigger: &Trigger,
        budget: &mut usize,
        entries: &mut Vec<ScheduleEntry>,
    ) -> Result<()> {
        let Some(to) = self.def.appeals_to.as_deref() else {
            return Ok(());
        };
        let court = self.book.court(to)?;
        let (rs_id, event) = appeal.split_once('.').unwrap_or((appeal, ""));
        let rule_set = Arc::clone(court.rule_set(rs_id)?);
        if !rule_set.events.contains_key(event) {
            return Err(Error::new(
                ErrorKind::Reference,
                format!(
                    "event {appeal:?} (the appeal a judgment in {} starts) is not defined in {to}",
                    self.def.id
                ),
            ));
        }
        let t = trigger.clone().origin_court(self.def.id.to_string());
        court.schedule_in(&rule_set, event, &t, budget, entries, true)
    }
}
