//! Calendar sets: the calendars a court counts with, merged. A set is
//! described when the rules are loaded (its members, their coverage) and
//! its day tables are built on first use, so that loading many courts costs
//! no table work.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::model::CalendarSet;
use crate::calendar::table::DayTable;

use crate::calendar::{Calendar, Compiled, Coverage, or_into};
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
    let set = Arc::new(CalendarSet::new(
        key.into(),
        state_key.into(),
        members,
        coverage,
    ));
    sets.push(Arc::clone(&set));
    set
}

/// Which classes of closed days a merged table opens or closes: one bit
/// per reading or convention that changes a class. Tables are built on
/// first use for each combination a computation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Flags(pub(crate) u8);

impl Flags {
    /// Executive-order closures open (every member).
    pub(crate) const EO_OPEN: u8 = 1;
    /// The state calendars' closures (including their judiciary-only
    /// holidays) open: not days "declared a holiday by the state".
    pub(crate) const STATE_CLOSURES_OPEN: u8 = 2;
    /// The state calendars' legal holidays on which the state's courts stay
    /// open counted as closed days.
    pub(crate) const STATE_OPEN_COUNTED: u8 = 4;
    /// The court's own calendars' legal holidays on which it stays open
    /// counted as closed days (they are legal holidays for computing time).
    pub(crate) const OWN_OPEN_COUNTED: u8 = 8;
    /// Days the courts close that are not legal holidays counted as open
    /// days (every member).
    pub(crate) const NON_LEGAL_OPEN: u8 = 16;
    /// How many combinations there are.
    pub(crate) const COUNT: usize = 32;

    #[inline]
    pub(crate) fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }
}

/// The closed days of one member calendar under `flags`.
fn member_closed(c: &Compiled, is_state: bool, flags: Flags, out: &mut [u64]) {
    let state_open = is_state && flags.has(Flags::STATE_CLOSURES_OPEN);
    or_into(out, Some(&c.holidays));
    if !(flags.has(Flags::NON_LEGAL_OPEN) || state_open) {
        or_into(out, c.non_legal.as_deref());
    }
    if !(flags.has(Flags::EO_OPEN) || state_open) {
        or_into(out, c.eo.as_deref());
    }
    if !state_open {
        or_into(out, c.closures.as_deref());
    }
    let counted = if is_state {
        flags.has(Flags::STATE_OPEN_COUNTED)
    } else {
        flags.has(Flags::OWN_OPEN_COUNTED)
    };
    if counted {
        or_into(out, c.open_holiday_days.as_deref());
    }
}

/// The merged table of `members` under `flags`: a day is open only if
/// every member is open.
///
/// A state calendar's legal holidays on which its courts stay open are open
/// days by default (Smith v. State, No. 1:06-CV-800 (W.D. Mich. 2007),
/// counted Lincoln's Birthday, a Michigan holiday with courts open, as a
/// day of a 10-day period); a reading counts them as days declared a
/// holiday by the state (Fed. R. Civ. P. 6(a)(6)(C) read literally);
/// another reading opens the state calendars' closures.
pub(crate) fn build_table(members: &[(Arc<Calendar>, bool)], flags: Flags) -> Result<DayTable> {
    let mut closed: Vec<u64> = Vec::new();
    let mut weekend = [false; 7];
    for (c, is_state) in members {
        let c = c.compiled()?;
        if closed.is_empty() {
            closed = vec![0; c.holidays.len()];
        }
        member_closed(c, *is_state, flags, &mut closed);
        for (w, m) in weekend.iter_mut().zip(c.weekend) {
            *w |= m;
        }
    }
    if closed.is_empty() {
        return Ok(DayTable::build(|_| true));
    }
    Ok(DayTable::from_closed(&closed, weekend))
}
