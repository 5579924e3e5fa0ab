//! A deadline's plan for the date-only path: the pipeline's decisions for a
//! plain trigger, made once per deadline and court.
//!
//! For a trigger that is a date alone (no time of day, no caller closures,
//! no inaccessible days, no court of origin, no later events), everything
//! the pipeline decides depends only on the rules date and the method of
//! service: which version of the deadline, which counting convention and
//! which service extension are in force, which day table counts, how the
//! last day rolls. Those change only on the dates the rule data names, so
//! the rules-date axis splits into a few segments, and within each segment
//! the count is a fixed sequence of moves on the day table.
//!
//! The plan is *derived from the pipeline's own resolution*: each segment is
//! resolved by [`job`] at a date inside it, exactly as a computation on that
//! date resolves it. Shapes the plan does not cover (short periods counted in
//! court days, months, hours, next-court-day starts, rule adjustments,
//! completion dates, court-day extensions) fall back to the pipeline, as does
//! any trigger the plan cannot answer (outside the compiled window, an
//! unknown method: the pipeline reports the error). A property test checks
//! that the plan and the pipeline agree for every bundled court and deadline
//! (`tests/it/plan.rs`).

use std::sync::Arc;

use chrono::NaiveDate;

use super::court::Court;
use super::days::{flags, own_set};
use super::job::job;
use super::pipeline::{Count, ServicePlan, roll_of};
use super::trigger::Trigger;
use crate::calendar::table::DayTable;
use crate::rules::model::{DeadlineKind, DeadlineRule, Overrides, RuleSet};
use crate::vocab::{Adjust, Direction, Roll, ServiceMethod, ServiceWhen, Start, Unit};

/// Method slots: index 0 is "no method", then [`ServiceMethod::ALL`] in order.
const SLOTS: usize = 1 + ServiceMethod::ALL.len();

/// One count's moves on the day table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Moves {
    /// Calendar days to move (signed), or court days when `court_days`.
    count: i32,
    court_days: bool,
    /// Days added to the period itself, before the roll (signed).
    extend_before: i32,
    /// Where a closed last day rolls (`None`: it is not rolled).
    roll: Option<Direction>,
    /// Days added after the period would otherwise expire, then rolled
    /// again (Fed. R. Civ. P. 6(d)) (signed).
    extend_after: i32,
}

/// The rules dates through `through` (inclusive; `None`: every later date).
#[derive(Debug)]
struct Segment {
    through: Option<NaiveDate>,
    table: Option<Arc<DayTable>>,
    moves: [Option<Moves>; SLOTS],
}

/// One method's moves over a span of rules dates: through `through`
/// (inclusive; `NaiveDate::MAX` for every later date), on `tables[table]`.
#[derive(Debug, Clone, Copy)]
struct Span {
    through: NaiveDate,
    table: u8,
    moves: Option<Moves>,
}

/// A deadline's plan: per method slot, its spans in date order (adjacent
/// segments that resolve alike merged, so the common case is one or two
/// spans), and the day tables they count on.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    lanes: Arc<[Box<[Span]>; SLOTS]>,
    tables: Arc<[Arc<DayTable>]>,
}

impl Plan {
    /// Resolves the plan of `rule` in `court`, under the rule as encoded
    /// (no overrides) or under an alternative reading's overrides.
    pub(crate) fn build(
        court: &Court,
        rule_set: &RuleSet,
        rule: &DeadlineRule,
        overrides: &Overrides,
    ) -> Plan {
        let mut lanes: [Vec<Span>; SLOTS] = std::array::from_fn(|_| Vec::new());
        let mut tables: Vec<Arc<DayTable>> = Vec::new();
        if rule.composite.is_none() {
            for seg in segments(court, rule_set, rule, overrides) {
                let table = seg.table.and_then(|t| {
                    let k = match tables.iter().position(|x| Arc::ptr_eq(x, &t)) {
                        Some(k) => k,
                        None => {
                            tables.push(t);
                            tables.len() - 1
                        }
                    };
                    u8::try_from(k).ok()
                });
                for (lane, moves) in lanes.iter_mut().zip(seg.moves) {
                    let span = Span {
                        through: seg.through.unwrap_or(NaiveDate::MAX),
                        table: table.unwrap_or(u8::MAX),
                        moves: moves.filter(|_| table.is_some()),
                    };
                    match lane.last_mut() {
                        Some(last) if last.table == span.table && last.moves == span.moves => {
                            last.through = span.through;
                        }
                        _ => lane.push(span),
                    }
                }
            }
        }
        Plan {
            lanes: Arc::new(lanes.map(Vec::into_boxed_slice)),
            tables: tables.into(),
        }
    }

    /// The due date for a plain trigger, or `None` where the pipeline must
    /// answer (a shape or trigger the plan does not cover, or an error).
    #[inline]
    pub(crate) fn due_date(&self, trigger: &Trigger) -> Option<NaiveDate> {
        if !plain(trigger) {
            return None;
        }
        let slot = match trigger.service.as_deref() {
            None => 0,
            Some(m) => 1 + ServiceMethod::parse(m)? as usize,
        };
        let rules_date = trigger.rules_date();
        let span = self
            .lanes
            .get(slot)?
            .iter()
            .find(|s| rules_date <= s.through)?;
        let table = self.tables.get(usize::from(span.table))?;
        span.moves?.run(table, trigger.date)
    }
}

/// The rules-date axis split at every date the rule data names (deadline
/// versions, counting conventions, service extensions, the deadline's first
/// and last day), each segment resolved.
fn segments(
    court: &Court,
    rule_set: &RuleSet,
    rule: &DeadlineRule,
    overrides: &Overrides,
) -> Vec<Segment> {
    let mut bounds: Vec<NaiveDate> = Vec::new();
    bounds.extend(rule.versions.history.iter().map(|(u, _)| *u));
    bounds.extend(rule_set.counting.history.iter().map(|(u, _)| *u));
    for s in rule_set.services.values() {
        bounds.extend(s.history.iter().map(|(u, _)| *u));
    }
    bounds.extend(rule.from_date.and_then(|f| f.pred_opt()));
    bounds.extend(rule.until_date);
    bounds.sort_unstable();
    bounds.dedup();
    let mut out = Vec::with_capacity(bounds.len() + 1);
    for (k, through) in bounds
        .iter()
        .map(|b| Some(*b))
        .chain(std::iter::once(None))
        .enumerate()
    {
        // A rules date inside the segment: its last day, or the day after
        // the previous bound for the open-ended last segment.
        let inside = through.or_else(|| {
            k.checked_sub(1)
                .and_then(|p| bounds.get(p))
                .map_or(NaiveDate::from_ymd_opt(2000, 1, 1), |b| b.succ_opt())
        });
        out.push(match inside {
            Some(d) if rule.in_force(d) => segment(court, rule_set, rule, overrides, through, d),
            _ => Segment {
                through,
                table: None,
                moves: [None; SLOTS],
            },
        });
    }
    out
}

/// A trigger the plan can answer: a date, with at most a method of service.
#[inline]
fn plain(t: &Trigger) -> bool {
    t.time.is_none()
        && t.closed.is_empty()
        && t.inaccessible.is_empty()
        && t.events.is_empty()
        && t.event_services.is_empty()
        && t.method_not_given.is_none()
        && t.origin.is_none()
}

impl Moves {
    #[inline]
    fn run(self, table: &DayTable, t: NaiveDate) -> Option<NaiveDate> {
        let i = table.index(t)?;
        let mut j = if self.court_days {
            let n = self.count.unsigned_abs();
            if self.count >= 0 {
                table.nth_after(i, n)?
            } else {
                table.nth_before(i, n)?
            }
        } else {
            i.checked_add_signed(self.count)?
        };
        j = j.checked_add_signed(self.extend_before)?;
        j = roll(table, j, self.roll)?;
        if self.extend_after != 0 {
            j = j.checked_add_signed(self.extend_after)?;
            j = roll(table, j, self.roll)?;
        }
        table.date_from(t, i, j)
    }
}

/// Day `j`, or the court day it rolls to.
#[inline]
fn roll(table: &DayTable, j: u32, to: Option<Direction>) -> Option<u32> {
    if j >= table.len() {
        return None;
    }
    if table.is_open(j) {
        return Some(j);
    }
    match to {
        None => Some(j),
        Some(Direction::After) => table.next_open(j),
        Some(Direction::Before) => table.prev_open(j),
    }
}

/// Resolves one segment at the rules date `inside`, for every method.
fn segment(
    court: &Court,
    rule_set: &RuleSet,
    rule: &DeadlineRule,
    overrides: &Overrides,
    through: Option<NaiveDate>,
    inside: NaiveDate,
) -> Segment {
    let (version, _) = rule.versions.at(inside);
    let mut table = None;
    let mut moves = [None; SLOTS];
    let methods = std::iter::once(None).chain(ServiceMethod::ALL.iter().map(|(_, s)| Some(*s)));
    for (slot, method) in moves.iter_mut().zip(methods) {
        // A method the rule set does not define is an error, which the
        // pipeline reports: no plan for it.
        if let Some(m) = method {
            if rule_set.service(m).is_none() && !version.services.iter().any(|(v, _)| v == m) {
                continue;
            }
        }
        let mut trigger = Trigger::on(inside);
        trigger.service = method.map(str::to_string);
        let Ok(job) = job(court, rule_set, version, &trigger, None) else {
            continue;
        };
        if table.is_none() {
            let (set, _) = own_set(&job);
            table = set.shared_table(flags(&job, overrides)).ok().cloned();
        }
        *slot = resolve(&job, overrides);
    }
    Segment {
        through,
        table,
        moves,
    }
}

/// The moves the pipeline makes for `job` under `overrides`, or `None` for
/// a shape the plan leaves to the pipeline. The decisions (how step 2 counts,
/// which extension applies and when, how a closed day rolls) are the
/// pipeline's own (`Count::of`, `ServicePlan::new`, `roll_of`); only their
/// translation into moves on the day table is here.
fn resolve(job: &super::job::Job<'_>, overrides: &Overrides) -> Option<Moves> {
    let dir = job.direction;
    let sign = |n: i64| -> Option<i32> {
        i32::try_from(match dir {
            Direction::After => n,
            Direction::Before => -n,
        })
        .ok()
    };
    if overrides.start.unwrap_or(job.conv.start) != Start::ExcludeTriggerDay
        || job.adjust == Some(Adjust::NextMonday)
        || job.kind == DeadlineKind::Completion
    {
        return None;
    }
    let plan = ServicePlan::new(job, overrides);
    // Court-day extensions, and days merged into the count (a short period
    // made longer by them), are the pipeline's.
    if plan.merged.is_some()
        || plan
            .service
            .is_some_and(|(_, s)| s.add.unit == Unit::CourtDay)
    {
        return None;
    }
    let (count, court_days) = match Count::of(job, &plan) {
        Count::Days(total) => (sign(total)?, false),
        Count::CourtDays => (sign(i64::from(job.period.amount))?, true),
        Count::Short | Count::Months(_) | Count::Hours => return None,
    };
    let add = |w: ServiceWhen| -> Option<i32> {
        match (plan.service, plan.when) {
            (Some((_, s)), Some(when)) if when == w => sign(i64::from(s.add.amount)),
            _ => Some(0),
        }
    };
    let roll = match roll_of(job, overrides) {
        Roll::Forward => Some(Direction::After),
        Roll::Backward => Some(Direction::Before),
        Roll::CountingDirection => Some(dir),
        Roll::None => None,
    };
    Some(Moves {
        count,
        court_days,
        extend_before: add(ServiceWhen::ExtendsPeriod)?,
        roll,
        extend_after: add(ServiceWhen::AfterPeriod)?,
    })
}
