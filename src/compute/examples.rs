//! Rule-set descriptions and the worked examples of rule files.

use std::sync::Arc;

use chrono::NaiveDate;

use super::trigger::Trigger;
use crate::error::{Error, ErrorKind, Result};
use crate::explain::ExampleOutcome;
use crate::rules::RuleBook;
use crate::rules::model::{RuleSet, When};

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

    /// For a local rule set: the id of the rule set it supplements (whose
    /// counting, service and filing rules it is counted under).
    pub fn supplements(&self) -> Option<&'a str> {
        self.def.supplements.as_deref()
    }

    /// The date from which the rule set's history is encoded.
    pub fn valid_from(&self) -> NaiveDate {
        self.def.valid_from
    }

    /// The ids of its events, with their names and citations.
    pub fn events(&self) -> impl Iterator<Item = (&'a str, &'a str, Option<&'a str>)> {
        // A local rule set's view of the supplemented rule set's events
        // ("frcp.hearing") is not its own.
        self.def
            .events
            .values()
            .filter(|e| !e.id.contains('.'))
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
    /// [`ErrorKind::NotFound`], suggesting the closest ids; the load error
    /// of a bundled rule set that could not be parsed (bundled rule sets are
    /// parsed on first use, and the crate's tests parse every one).
    pub fn rule_set(&self, id: &str) -> Result<RuleSetRef<'_>> {
        match self.loaded.rule_sets.get(id) {
            Some(cell) => Ok(RuleSetRef {
                def: cell.get(&self.loaded.rule_sets)?,
            }),
            None => {
                let loaded = Arc::clone(&self.loaded);
                Err(Error::lazy(
                    ErrorKind::NotFound,
                    format!("no rule set {id:?}"),
                    id,
                    move || loaded.rule_sets.keys().cloned().collect(),
                ))
            }
        }
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
        for cell in self.loaded.rule_sets.values() {
            let rs = match cell.get(&self.loaded.rule_sets) {
                Ok(rs) => rs,
                Err(e) => {
                    // A rule set that does not parse fails as a whole.
                    out.push(ExampleOutcome {
                        file: e.path().unwrap_or_default().to_owned(),
                        line: e.location().map_or(0, |l| l.line),
                        rule_set: cell.id.to_string(),
                        source: String::new(),
                        passed: false,
                        message: format!("error: {e}"),
                    });
                    continue;
                }
            };
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
