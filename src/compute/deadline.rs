//! The deadline handle: one named deadline, resolved once; the explained
//! and the date-only paths; combined deadlines ("whichever is earlier").

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;

use super::assemble::full;
use super::court::Court;
use super::job::job;
use super::pipeline;
use super::plan::Plan;
use super::trigger::{Trigger, bare_event, check_trigger};
use crate::error::{Error, ErrorKind, Result};
use crate::explain::sentences;
use crate::explain::{Deadline, Remedy, Warning, WarningCode};
use crate::rules::model::{Combine, Composite, DeadlineRule, Overrides, RuleSet, Text};
use crate::vocab::{Direction, Period};

/// A named deadline of a court's rule set, resolved once so that repeated
/// computations skip the lookups. Get one from [`Court::deadline`].
///
/// Like [`Court`], the handle is owned: cheap to clone, `Send + Sync`.
#[derive(Debug)]
pub struct DeadlineRef {
    pub(crate) court: Court,
    pub(crate) rule_set: Arc<RuleSet>,
    pub(crate) rule: Arc<DeadlineRule>,
    /// The date-only path's plan, resolved once the handle has answered
    /// [`PLAN_AFTER`] date-only queries.
    plan: OnceLock<Plan>,
    /// Date-only queries answered without a plan (counts up to
    /// [`PLAN_AFTER`]).
    calls: AtomicU32,
    /// The plans of the alternative readings (the rule set's, then the
    /// deadline's), for the explained path's readings, resolved once the
    /// handle has explained [`PLAN_AFTER`] results.
    reading_plans: OnceLock<Box<[Plan]>>,
    /// Results explained without reading plans (counts up to [`PLAN_AFTER`]).
    explained: AtomicU32,
}

/// Resolving a plan costs about as much as fifty pipeline runs, so a
/// handle used for a few queries (one per row of a docket, say) never pays
/// for one; a handle reused this many times does.
const PLAN_AFTER: u32 = 64;

impl Clone for DeadlineRef {
    fn clone(&self) -> DeadlineRef {
        DeadlineRef {
            court: self.court.clone(),
            rule_set: Arc::clone(&self.rule_set),
            rule: Arc::clone(&self.rule),
            plan: self.plan.clone(),
            calls: AtomicU32::new(self.calls.load(Ordering::Relaxed)),
            reading_plans: self.reading_plans.clone(),
            explained: AtomicU32::new(self.explained.load(Ordering::Relaxed)),
        }
    }
}

impl DeadlineRef {
    pub(crate) fn new(
        court: Court,
        rule_set: Arc<RuleSet>,
        rule: Arc<DeadlineRule>,
    ) -> DeadlineRef {
        DeadlineRef {
            court,
            rule_set,
            rule,
            plan: OnceLock::new(),
            calls: AtomicU32::new(0),
            reading_plans: OnceLock::new(),
            explained: AtomicU32::new(0),
        }
    }

    /// The deadline's id within its rule set (`answer`).
    pub fn id(&self) -> &str {
        &self.rule.id
    }

    /// The rule set's id (`frcp`).
    pub fn rule_set_id(&self) -> &str {
        &self.rule_set.id
    }

    /// The event the deadline runs from.
    pub fn event_id(&self) -> &str {
        &self.rule.from_event
    }

    /// The event the deadline runs from, qualified with its rule set
    /// (`frcp.complaint-served`). A local rule set's deadline may run from
    /// an event of the rule set it supplements (`frcp.hearing` in
    /// `cand-local`).
    pub fn qualified_event_id(&self) -> String {
        if self.rule.from_event.contains('.') {
            self.rule.from_event.to_string()
        } else {
            format!("{}.{}", self.rule_set.id, self.rule.from_event)
        }
    }

    /// The deadline's note in its rule file (exceptions, practice points).
    pub fn note(&self) -> Option<&str> {
        self.rule.local.note.as_deref()
    }

    /// For a local rule: the qualified ids of the default deadlines it
    /// replaces in courts that use both (`frcp.motion-and-notice-of-hearing`).
    pub fn displaces(&self) -> Vec<String> {
        let base = self.rule_set.supplements.as_deref().unwrap_or_default();
        self.rule
            .local
            .displaces
            .iter()
            .map(|d| format!("{base}.{d}"))
            .collect()
    }

    /// The qualified id of the local deadline that replaces this one in its
    /// court under the rules in force on `rules_date`, if any.
    pub fn displaced_by(&self, rules_date: NaiveDate) -> Option<String> {
        self.court
            .displaced_by(&self.rule_set.id, &self.rule.id, rules_date)
            .map(|(rs, d)| format!("{}.{}", rs.id, d.id))
    }

    /// Whether local rules commonly set another time for this deadline
    /// (results in a court without bundled local rules then warn).
    pub fn local_rules_vary(&self) -> bool {
        self.rule.local.local_rules_vary
    }

    /// The deadline's current name.
    pub fn name(&self) -> &str {
        &self.rule.versions.current.name
    }

    /// The deadline's current citation.
    pub fn citation(&self) -> &str {
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
    pub fn combination(&self) -> Option<(&'static str, Vec<&str>)> {
        self.rule.composite.as_ref().map(|c| {
            let how = match c.combine {
                Combine::Earliest => "earliest",
                Combine::Latest => "latest",
            };
            (how, c.parts.iter().map(|p| &*p.id).collect())
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
        if let Some(u) = self.rule.until_date {
            if trigger.rules_date() > u {
                return Err(Error::new(
                    ErrorKind::Argument,
                    format!(
                        "{}.{} was in force only through {u}; the rules date is {}",
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
        check_trigger(&self.rule_set, trigger)?;
        if let Some(c) = &self.rule.composite {
            return self.compute_composite(c, trigger);
        }
        let (version, until) = self.rule.versions.at(trigger.rules_date());
        let plans = match self.reading_plans.get() {
            Some(plans) => Some(&**plans),
            None if self.explained.load(Ordering::Relaxed) < PLAN_AFTER => {
                self.explained.fetch_add(1, Ordering::Relaxed);
                None
            }
            None => Some(self.reading_plans()),
        };
        full(
            &self.court,
            &self.rule_set,
            Some(&self.rule),
            version,
            until,
            &self.rule.readings,
            plans,
            Some(&self.rule.from_event),
            trigger,
        )
    }

    /// Resolves the alternative readings' plans (out of line: once per
    /// handle).
    #[cold]
    #[inline(never)]
    fn reading_plans(&self) -> &[Plan] {
        self.reading_plans.get_or_init(|| {
            self.rule_set
                .readings
                .iter()
                .chain(self.rule.readings.iter())
                .map(|r| Plan::build(&self.court, &self.rule_set, &self.rule, &r.overrides))
                .collect()
        })
    }

    /// The explained path with the readings' plans resolved now (for the
    /// test that compares it with the explained path without them).
    #[cfg(feature = "fuzzing")]
    pub(crate) fn compute_planned(&self, trigger: &Trigger) -> Result<Deadline> {
        // Once resolved, `compute` finds the plans and uses them.
        let _ = self.reading_plans();
        self.compute(trigger)
    }

    /// The due date alone: the same computation without the explanation,
    /// readings or warnings. For bulk use.
    ///
    /// Keep the handle for repeated queries: after 64 of them it resolves a
    /// plan of the rule's decisions for plain triggers (see
    /// [`docs::design`](crate::docs::design)), and later queries cost a few
    /// nanoseconds. The answer is the same either way.
    ///
    /// # Errors
    ///
    /// As [`DeadlineRef::compute`].
    #[inline]
    pub fn due_date(&self, trigger: &Trigger) -> Result<NaiveDate> {
        let plan = match self.plan.get() {
            Some(plan) => plan,
            None => {
                if self.calls.load(Ordering::Relaxed) < PLAN_AFTER {
                    self.calls.fetch_add(1, Ordering::Relaxed);
                    return self.due_date_pipeline(trigger);
                }
                self.plan()
            }
        };
        match plan.due_date(trigger) {
            Some(d) => Ok(d),
            None => self.due_date_pipeline(trigger),
        }
    }

    /// Resolves the plan (kept out of line: it runs once per handle).
    #[cold]
    #[inline(never)]
    fn plan(&self) -> &Plan {
        self.plan.get_or_init(|| {
            Plan::build(
                &self.court,
                &self.rule_set,
                &self.rule,
                &Overrides::default(),
            )
        })
    }

    /// The date-only path through the precompiled plan, resolving it now if
    /// needed (for the test that compares it with the pipeline).
    #[cfg(feature = "fuzzing")]
    pub(crate) fn due_date_planned(&self, trigger: &Trigger) -> Result<NaiveDate> {
        match self.plan().due_date(trigger) {
            Some(d) => Ok(d),
            None => self.due_date_pipeline(trigger),
        }
    }

    /// The date-only path through the pipeline (what the plan falls back
    /// to, and what the property test compares it with).
    pub(crate) fn due_date_pipeline(&self, trigger: &Trigger) -> Result<NaiveDate> {
        self.check_in_force(trigger)?;
        check_trigger(&self.rule_set, trigger)?;
        if let Some(c) = &self.rule.composite {
            return self.due_date_combined(c, trigger);
        }
        let (version, _) = self.rule.versions.at(trigger.rules_date());
        let job = job(&self.court, &self.rule_set, version, trigger, None)?;
        Ok(pipeline::run(&job, &Overrides::default(), &mut pipeline::Silent)?.date)
    }

    /// The date-only path of a combined deadline ("whichever is earlier"):
    /// kept out of line, so that the common path stays small.
    #[cold]
    #[inline(never)]
    fn due_date_combined(&self, c: &Composite, trigger: &Trigger) -> Result<NaiveDate> {
        let mut best: Option<NaiveDate> = None;
        for (part, t) in self.parts(c, trigger) {
            if let Some(t) = t {
                // A part not yet in force on its own rules date is left
                // out, as the explained path leaves it out.
                if !part.rule.in_force(t.rules_date()) {
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
        best.ok_or_else(|| no_part_computable(self))
    }

    /// The parts of a composite, each with the trigger for its own event
    /// (`None` when the caller gave no date for that event). The trigger's
    /// own date is the date of the first part's event.
    fn parts<'t>(
        &'t self,
        c: &'t Composite,
        trigger: &'t Trigger,
    ) -> impl Iterator<Item = (DeadlineRef, Option<Trigger>)> + 't {
        c.parts.iter().map(move |rule| {
            let part = DeadlineRef::new(
                self.court.clone(),
                Arc::clone(&self.rule_set),
                Arc::clone(rule),
            );
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
            (part, t)
        })
    }

    /// "Whichever is earlier (later)": every part computed from its own
    /// event's date, then the earliest (latest) chosen, with every part's
    /// steps in the explanation.
    fn compute_composite(&self, c: &Composite, trigger: &Trigger) -> Result<Deadline> {
        let mut computed: Vec<(DeadlineRef, Deadline)> = Vec::new();
        let mut missing: Vec<(DeadlineRef, Text)> = Vec::new();
        for (part, t) in self.parts(c, trigger) {
            match t {
                Some(t) => {
                    if !part.rule.in_force(t.rules_date()) {
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
            .join(" / ")
            .into();
        let mut steps = Vec::new();
        let mut warnings: Vec<Warning> = Vec::new();
        let mut lines = Vec::new();
        for (part, due) in &computed {
            for step in &due.steps {
                let mut step = step.clone();
                step.text = sentences::part_step(part.name(), &step.text);
                steps.push(step);
            }
            for w in &due.warnings {
                if !warnings.contains(w) {
                    warnings.push(w.clone());
                }
            }
            lines.push(sentences::part_computed(part.name(), due.date));
        }
        for (part, event) in &missing {
            lines.push(sentences::part_not_computed(part.name(), event));
            warnings.push(Warning {
                remedy: Some(Remedy::EventDate {
                    event: if part.rule.from_event.contains('.') {
                        part.rule.from_event.to_string()
                    } else {
                        format!("{}.{}", part.rule_set.id, part.rule.from_event)
                    },
                }),
                code: WarningCode::Provisional,
                message: sentences::provisional(
                    part.name(),
                    event,
                    &part.rule.from_event,
                    c.combine == Combine::Earliest,
                ),
            });
        }
        steps.push(crate::explain::Step {
            kind: crate::explain::StepKind::Choose,
            date: out.date,
            text: sentences::choose(c.combine == Combine::Earliest, &lines, out.date),
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

fn no_part_computable(d: &DeadlineRef) -> Error {
    Error::new(
        ErrorKind::Argument,
        format!(
            "none of the parts of {}.{} could be computed: give the dates of their events with Trigger::event_on",
            d.rule_set.id, d.rule.id
        ),
    )
}
