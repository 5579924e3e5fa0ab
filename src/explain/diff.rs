//! What changed between two computations of a deadline: after a trigger
//! date is corrected, a rule amended, a holiday or closure added. The
//! difference names the dates that moved and the first step of the
//! explanation that changed — the reason.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{Deadline, Step, Warning, WarningCode};

/// An instant a deadline is due, in the court's time zone.
type Instant = DateTime<FixedOffset>;

/// The difference between an earlier and a later computation of the same
/// deadline. See [`Deadline::changes_since`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeadlineChange {
    /// The date, before and after, if it moved.
    pub date: Option<(NaiveDate, NaiveDate)>,
    /// The instant it is due, before and after, if it changed.
    pub due_at: Option<(Option<Instant>, Option<Instant>)>,
    /// The safe date (the earliest reading), before and after, if it moved.
    pub safe_date: Option<(NaiveDate, NaiveDate)>,
    /// The trigger's date, before and after, if it changed (the input
    /// moved, not the rules).
    pub trigger_date: Option<(NaiveDate, NaiveDate)>,
    /// The version of the rule applied, before and after, if it changed.
    pub rule_version: Option<(Option<String>, Option<String>)>,
    /// The rule's citation, before and after, if it changed.
    pub citation: Option<(String, String)>,
    /// The first step of the explanation that differs: its number (from
    /// 1), and the step before and after (`None` where one explanation has
    /// fewer steps).
    pub first_changed_step: Option<(usize, Option<Step>, Option<Step>)>,
    /// Warnings the later computation has and the earlier did not.
    pub warnings_added: Vec<Warning>,
    /// Warnings the earlier computation had and the later does not.
    pub warnings_removed: Vec<Warning>,
}

impl DeadlineChange {
    /// Whether the deadline moved: its date, due instant or safe date.
    pub fn moved(&self) -> bool {
        self.date.is_some() || self.due_at.is_some() || self.safe_date.is_some()
    }

    /// Whether nothing at all changed.
    pub fn is_empty(&self) -> bool {
        *self == DeadlineChange::default()
    }
}

/// The same warning in both computations: the same text, or (for the
/// coverage warnings, whose text names the dates counted) the same code.
fn same(a: &Warning, b: &Warning) -> bool {
    a.code == b.code
        && (a.message == b.message
            || matches!(
                a.code,
                WarningCode::BeyondVerifiedCoverage | WarningCode::BeforeCoverage
            ))
}

fn pair<T: PartialEq + Clone>(a: &T, b: &T) -> Option<(T, T)> {
    (a != b).then(|| (a.clone(), b.clone()))
}

impl Deadline {
    /// What changed since `earlier`, an earlier computation of the same
    /// deadline (from a docket's last run, or under other rule data).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use court_deadlines::{RuleBook, Trigger};
    ///
    /// let book = RuleBook::bundled()?;
    /// let cand = book.court("cand")?;
    /// let served = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    /// let before = cand.compute("frcp.answer", &Trigger::on(served))?;
    /// // The court is closed on the 21st day (Friday, December 18).
    /// let closed = NaiveDate::from_ymd_opt(2026, 12, 18).unwrap();
    /// let after = cand.compute("frcp.answer", &Trigger::on(served).closed(closed))?;
    /// let change = after.changes_since(&before);
    /// assert_eq!(change.date, Some((closed, NaiveDate::from_ymd_opt(2026, 12, 21).unwrap())));
    /// // Step 3, the roll, is the reason.
    /// assert_eq!(change.first_changed_step.as_ref().map(|s| s.0), Some(3));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn changes_since(&self, earlier: &Deadline) -> DeadlineChange {
        let first_changed_step = {
            let n = earlier.steps.len().max(self.steps.len());
            (0..n).find_map(|i| {
                let (a, b) = (earlier.steps.get(i), self.steps.get(i));
                let same = match (a, b) {
                    (Some(a), Some(b)) => {
                        a.date == b.date && a.text == b.text && a.citation == b.citation
                    }
                    _ => false,
                };
                (!same).then(|| (i + 1, a.cloned(), b.cloned()))
            })
        };
        DeadlineChange {
            date: pair(&earlier.date, &self.date),
            due_at: pair(&earlier.due_at, &self.due_at),
            safe_date: pair(&earlier.safe_date, &self.safe_date),
            trigger_date: pair(&earlier.trigger.date, &self.trigger.date),
            rule_version: pair(&earlier.rule.version, &self.rule.version),
            citation: pair(
                &earlier.rule.citation.to_string(),
                &self.rule.citation.to_string(),
            ),
            first_changed_step,
            warnings_added: self
                .warnings
                .iter()
                .filter(|w| !earlier.warnings.iter().any(|x| same(x, w)))
                .cloned()
                .collect(),
            warnings_removed: earlier
                .warnings
                .iter()
                .filter(|w| !self.warnings.iter().any(|x| same(x, w)))
                .cloned()
                .collect(),
        }
    }
}

impl fmt::Display for DeadlineChange {
    /// One line per change, for a report: `date: Friday, December 18, 2026
    /// → Monday, December 21, 2026`, then the first step that changed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let long = |d: NaiveDate| d.format("%A, %B %-d, %Y").to_string();
        if let Some((a, b)) = self.date {
            writeln!(f, "date: {} → {}", long(a), long(b))?;
        }
        if let Some((a, b)) = &self.due_at {
            let t =
                |x: &Option<Instant>| x.map_or_else(|| "end of day".to_owned(), |t| t.to_rfc3339());
            writeln!(f, "due: {} → {}", t(a), t(b))?;
        }
        if let Some((a, b)) = self.safe_date {
            writeln!(f, "safe date: {} → {}", long(a), long(b))?;
        }
        if let Some((a, b)) = self.trigger_date {
            writeln!(f, "trigger: {} → {}", long(a), long(b))?;
        }
        if let Some((a, b)) = &self.rule_version {
            let v = |x: &Option<String>| x.clone().unwrap_or_else(|| "current".to_owned());
            writeln!(f, "rule version: {} → {}", v(a), v(b))?;
        }
        if let Some((a, b)) = &self.citation {
            writeln!(f, "rule: {a} → {b}")?;
        }
        if let Some((n, a, b)) = &self.first_changed_step {
            let t = |x: &Option<Step>| x.as_ref().map_or("(none)".to_owned(), |s| s.text.clone());
            writeln!(f, "step {n} was: {}", t(a))?;
            writeln!(f, "step {n} now: {}", t(b))?;
            if let Some(s) = b {
                for d in &s.skipped {
                    writeln!(
                        f,
                        "  skips {}: {}",
                        long(d.date),
                        super::wording::Reasons(&d.reasons)
                    )?;
                }
            }
        }
        for w in &self.warnings_added {
            writeln!(f, "new warning: {}", w.message)?;
        }
        for w in &self.warnings_removed {
            writeln!(f, "warning gone: {}", w.message)?;
        }
        Ok(())
    }
}
