//! Calendar sets: the calendars a court counts with, merged. A set is
//! described when the rules are loaded (its members, their coverage) and
//! its day tables are built on first use, so that loading many courts costs
//! no table work.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;

use super::model::{CalendarSet, SetTables};
use crate::calendar::table::DayTable;
use crate::calendar::{Calendar, Coverage};
use crate::error::Result;

/// The set of `ids` (of which `state` are the state's), shared with an
/// identical set already described in `sets` or added to it.
pub(super) fn calendar_set(
    sets: &mut Vec<Arc<CalendarSet>>,
    calendars: &BTreeMap<String, Arc<Calendar>>,
    ids: &[String],
    state: &[String],
) -> Arc<CalendarSet> {
    let mut key: Vec<String> = ids.to_vec();
    key.sort();
    key.dedup();
    // The same calendars make the same set only if the same ones are the
    // state's (counted as days declared a holiday by the state).
    let mut state_key: Vec<String> = state.to_vec();
    state_key.sort();
    state_key.dedup();
    if let Some(s) = sets
        .iter()
        .find(|s| *s.calendars == *key && *s.state_calendars == *state_key)
    {
        return Arc::clone(s);
    }
    let members: Arc<[(Arc<Calendar>, bool)]> = key
        .iter()
        .filter_map(|id| {
            calendars
                .get(id)
                .map(|c| (Arc::clone(c), state_key.contains(id)))
        })
        .collect();
    let coverage = members
        .iter()
        .map(|(c, _)| c.coverage())
        .reduce(|x, c| Coverage {
            valid_from: x.valid_from.max(c.valid_from),
            verified_through: x.verified_through.min(c.verified_through),
        })
        .unwrap_or(Coverage {
            valid_from: NaiveDate::MIN,
            verified_through: NaiveDate::MIN,
        });
    let set = Arc::new(CalendarSet {
        calendars: key.into(),
        state_calendars: state_key.into(),
        members,
        coverage,
        tables: OnceLock::new(),
    });
    sets.push(Arc::clone(&set));
    set
}

impl SetTables {
    /// Merges the members' tables: a day is open only if every member is
    /// open. Each reading's variant is built only where some member makes
    /// it differ from the default.
    ///
    /// A state calendar's legal holidays on which its courts stay open are
    /// open days by default (Smith v. State, No. 1:06-CV-800 (W.D. Mich.
    /// 2007), counted Lincoln's Birthday, a Michigan holiday with courts
    /// open, as a day of a 10-day period); a reading counts them as days
    /// declared a holiday by the state (Fed. R. Civ. P. 6(a)(6)(C) read
    /// literally); another reading opens the state calendars' closures.
    pub(crate) fn build(members: &[(Arc<Calendar>, bool)]) -> Result<SetTables> {
        let mut compiled = Vec::with_capacity(members.len());
        for (c, is_state) in members {
            compiled.push((c.compiled()?, *is_state));
        }
        let any_eo = compiled.iter().any(|(c, _)| c.eo_open.is_some());
        let any_closures = compiled
            .iter()
            .any(|(c, st)| *st && c.closures_open.is_some());
        let any_open = compiled
            .iter()
            .any(|(c, st)| *st && c.open_holiday_days.is_some());
        let (mut table, mut eo, mut closures_open, mut open_days_counted) = (
            None::<DayTable>,
            None::<DayTable>,
            None::<DayTable>,
            None::<DayTable>,
        );
        let fold = |acc: &mut Option<DayTable>, t: DayTable| {
            *acc = Some(match acc.take() {
                None => t,
                Some(a) => a.intersect(&t),
            });
        };
        for (c, is_state) in &compiled {
            if any_eo {
                fold(&mut eo, c.eo_open.as_ref().unwrap_or(&c.table).clone());
            }
            if any_closures {
                let alt = match (is_state, &c.closures_open) {
                    (true, Some(t)) => t,
                    _ => &c.table,
                };
                fold(&mut closures_open, alt.clone());
            }
            if any_open {
                let counted = match (is_state, &c.open_holiday_days) {
                    (true, Some(bits)) => c.table.with_closed_mask(bits),
                    _ => c.table.clone(),
                };
                fold(&mut open_days_counted, counted);
            }
            fold(&mut table, c.table.clone());
        }
        Ok(SetTables {
            table: table.unwrap_or_else(|| DayTable::build(|_| true)),
            eo_open: eo,
            state_closures_open: closures_open,
            state_open_holidays_counted: open_days_counted,
        })
    }
}
