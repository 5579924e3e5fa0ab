//! The court handle: an owned, cheaply cloned view of one court of a
//! [`RuleBook`], and the one resolver for deadline ids.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono_tz::Tz;

use super::assemble::full;
use super::deadline::DeadlineRef;
use super::trigger::Trigger;
use crate::error::{Error, ErrorKind, Result};
use crate::explain::Deadline;
use crate::rules::RuleBook;
use crate::rules::model::{CourtDef, DeadlineKind, DeadlineVersion, RuleSet};
use crate::vocab::{Direction, IntoPeriod, Period};

/// A court: where a paper is filed, with its rule sets, calendars, time
/// zone and filing cut-offs. Get one from [`RuleBook::court`].
///
/// The handle is owned: it holds the rule book's shared data (an [`Arc`]),
/// so it is cheap to clone, `Send + Sync`, and can be kept in server state
/// or moved into a thread independently of the `RuleBook` it came from.
#[derive(Debug, Clone)]
pub struct Court {
    pub(crate) book: RuleBook,
    pub(crate) def: Arc<CourtDef>,
}

impl RuleBook {
    /// A court by id (`cand`, `nysd`, `ca9`, …), or by an alias its
    /// profile gives (the citation forms `S.D.N.Y.`, `N.D. Cal.`, `9th
    /// Cir.`; `SDNY`), ignoring case, spaces and dots.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::NotFound`], suggesting the closest ids.
    pub fn court(&self, id: &str) -> Result<Court> {
        // The id, or (ignoring case, spaces and dots) the id or an alias:
        // "SDNY", "S.D.N.Y." and "nysd" are the same court.
        let found = self.loaded.courts.get(id).or_else(|| {
            let key = crate::text::court_key(id);
            self.loaded
                .court_keys
                .get(&key)
                .and_then(|c| self.loaded.courts.get(c))
        });
        match found {
            Some(def) => Ok(Court {
                book: self.clone(),
                def: Arc::clone(def),
            }),
            None => {
                let loaded = Arc::clone(&self.loaded);
                Err(Error::lazy(
                    ErrorKind::NotFound,
                    format!("no court {id:?}"),
                    id,
                    move || loaded.courts.keys().cloned().collect(),
                ))
            }
        }
    }

    /// Every court, in id order.
    pub fn courts(&self) -> impl Iterator<Item = Court> + '_ {
        self.loaded.courts.values().map(move |def| Court {
            book: self.clone(),
            def: Arc::clone(def),
        })
    }

    /// The ids of the loaded rule sets.
    pub fn rule_set_ids(&self) -> impl Iterator<Item = &str> {
        self.loaded.rule_sets.keys().map(String::as_str)
    }
}

impl Court {
    /// The court's id.
    pub fn id(&self) -> &str {
        &self.def.id
    }

    /// The court's name.
    pub fn name(&self) -> &str {
        &self.def.name
    }

    /// The statute creating the court, if recorded.
    pub fn citation(&self) -> Option<&str> {
        self.def.citation.as_deref()
    }

    /// The two-letter code of the court's state or territory.
    pub fn state(&self) -> Option<&str> {
        self.def.state.as_deref()
    }

    /// Other names the court answers to ([`RuleBook::court`] matches them
    /// ignoring case, spaces and dots): citation forms such as `S.D.N.Y.`.
    pub fn aliases(&self) -> &[String] {
        &self.def.aliases
    }

    /// The id of the court of appeals that hears appeals from this court
    /// (`ca9` for `cand`), if its profile names one. A schedule from a
    /// judgment then includes the notice of appeal filed here.
    pub fn appeals_to(&self) -> Option<&str> {
        self.def.appeals_to.as_deref()
    }

    /// The court's time zone (the clerk's principal office).
    pub fn time_zone(&self) -> Tz {
        self.def.tz
    }

    /// The ids of the rule sets that apply in this court.
    pub fn rule_set_ids(&self) -> &[String] {
        &self.def.rule_sets
    }

    /// The ids of the court's own calendars.
    pub fn calendar_ids(&self) -> &[String] {
        &self.def.calendars
    }

    /// The ids of the state calendars that count only for periods measured
    /// after an event (Fed. R. Civ. P. 6(a)(6)(C)).
    pub fn forward_only_calendar_ids(&self) -> &[String] {
        &self.def.forward_only
    }

    /// The court's note, if any.
    pub fn note(&self) -> Option<&str> {
        self.def.note.as_deref()
    }

    /// One of the court's rule sets (parsed on first use if bundled).
    pub(crate) fn rule_set(&self, id: &str) -> Result<&Arc<RuleSet>> {
        if let Some(cell) = self.def.rule_set_defs.iter().find(|r| *r.id == *id) {
            return cell.get(&self.book.loaded.rule_sets);
        }
        let kind = if self.book.loaded.rule_sets.contains_key(id) {
            ErrorKind::NotApplicable
        } else {
            ErrorKind::NotFound
        };
        Err(Error::new(
            kind,
            format!(
                "rule set {id:?} does not apply in {} (its rule sets: {})",
                self.def.id,
                self.def.rule_sets.join(", ")
            ),
        ))
    }

    /// A named deadline: `"frcp.answer"`, or `"answer"` when only one of the
    /// court's rule sets has it.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::NotFound`] for an unknown deadline (the error suggests
    /// the closest ids); [`ErrorKind::Argument`] for a bare id that more
    /// than one of the court's rule sets defines.
    pub fn deadline(&self, id: &str) -> Result<DeadlineRef> {
        let (rule_set, _, rule) = self.resolve(id, "deadline", |r| &r.deadlines)?;
        Ok(DeadlineRef::new(
            self.clone(),
            Arc::clone(rule_set),
            Arc::clone(rule),
        ))
    }

    /// The one resolver for qualified ids: `"frcp.answer"`, or `"answer"`
    /// when exactly one of the court's rule sets defines it in the map
    /// `items` picks. Returns the rule set, the bare id and the item.
    ///
    /// An unknown id is [`ErrorKind::NotFound`], suggesting (lazily) the
    /// closest qualified ids of the court; a bare id that several rule sets
    /// define is [`ErrorKind::Argument`].
    pub(crate) fn resolve<'s, 'i, T: 'static>(
        &'s self,
        id: &'i str,
        what: &'static str,
        items: fn(&RuleSet) -> &BTreeMap<String, T>,
    ) -> Result<(&'s Arc<RuleSet>, &'i str, &'s T)> {
        let (rs, name) = match id.split_once('.') {
            Some((rs, name)) => (Some(rs), name),
            None => (None, id),
        };
        // Only the rule sets the id can name are parsed (a bundled rule set
        // is parsed on first use).
        let mut found = Vec::new();
        for cell in &self.def.rule_set_defs {
            if rs.is_some_and(|want| *cell.id != *want) {
                continue;
            }
            let r = cell.get(&self.book.loaded.rule_sets)?;
            if let Some(item) = items(r).get(name) {
                found.push((r, item));
                if found.len() > 1 {
                    break;
                }
            }
        }
        let mut found = found.into_iter();
        match (found.next(), found.next()) {
            (Some((rule_set, item)), None) => Ok((rule_set, name, item)),
            (None, _) => {
                let def = Arc::clone(&self.def);
                let loaded = Arc::clone(&self.book.loaded);
                Err(Error::lazy(
                    ErrorKind::NotFound,
                    format!("no {what} {id:?} in {}", self.def.id),
                    id,
                    move || {
                        def.rule_set_defs
                            .iter()
                            .filter_map(|cell| cell.get(&loaded.rule_sets).ok())
                            .flat_map(|r| items(r).keys().map(move |k| format!("{}.{k}", r.id)))
                            .collect()
                    },
                ))
            }
            (Some((first, _)), Some(_)) => Err(Error::new(
                ErrorKind::Argument,
                format!(
                    "{what} {id:?} is ambiguous in {}: name the rule set, e.g. \"{}.{name}\"",
                    self.def.id, first.id
                ),
            )),
        }
    }

    /// Every named deadline of the court's rule sets.
    ///
    /// # Errors
    ///
    /// The load error of a rule set that could not be parsed (bundled rule
    /// sets are parsed on first use; the crate's tests parse every one).
    pub fn deadlines(&self) -> Result<Vec<DeadlineRef>> {
        let mut out = Vec::new();
        for cell in &self.def.rule_set_defs {
            let rule_set = cell.get(&self.book.loaded.rule_sets)?;
            out.extend(rule_set.deadlines.values().map(|rule| {
                DeadlineRef::new(self.clone(), Arc::clone(rule_set), Arc::clone(rule))
            }));
        }
        Ok(out)
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
        period: impl IntoPeriod,
        direction: Direction,
        trigger: &Trigger,
    ) -> Result<Deadline> {
        let rs = self.rule_set(rule_set)?;
        let p: Period = period.into_period()?;
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
            period_text: crate::explain::sentences::period_text(p).into(),
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
        full(self, rs, None, &version, None, &[], None, None, trigger)
    }
}
