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
                    court: self.clone(),
                    rule_set: Arc::clone(rule_set),
                    rule: Arc::clone(rule),
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
