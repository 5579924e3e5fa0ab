//! Why each closed day of a merged day table is closed, kept per year once
//! asked. An explanation names the reasons of every day it passes over, and
//! finding them means evaluating each member calendar's rules for the day;
//! the same days come up for every deadline that rolls over them, so a
//! year's reasons are found once and shared (one reference count per day
//! passed over, instead of a vector and its names and citations).

use std::sync::{Arc, OnceLock};

use chrono::{Datelike, NaiveDate};

use super::table::{FIRST_YEAR, LAST_YEAR};
use crate::explain::Reason;

/// Years in the compiled window.
const YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;

/// One year's closed days: for each day of the year, 0 if the table has it
/// open, else one more than the index of its reasons.
struct Year {
    slots: Box<[u16]>,
    reasons: Box<[Arc<[Reason]>]>,
}

/// The reasons of a day table's closed days, filled a year at a time on
/// first use. Safe to share between threads: each year is filled once.
#[derive(Default)]
pub(crate) struct ReasonCache {
    years: OnceLock<Box<[OnceLock<Year>]>>,
}

impl std::fmt::Debug for ReasonCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let filled = self
            .years
            .get()
            .map_or(0, |y| y.iter().filter(|s| s.get().is_some()).count());
        write!(f, "ReasonCache {{ years filled: {filled} }}")
    }
}

impl ReasonCache {
    /// The reasons `d` is closed, or `None` when the table has `d` open (or
    /// `d` is outside the window). On the first query in a year, `fill`
    /// lists that year's closed days (each with its `ordinal0` and reasons).
    pub(crate) fn get(
        &self,
        d: NaiveDate,
        fill: impl FnOnce(i32) -> Vec<(u16, Arc<[Reason]>)>,
    ) -> Option<Arc<[Reason]>> {
        let k = usize::try_from(d.year().checked_sub(FIRST_YEAR)?).ok()?;
        let years = self
            .years
            .get_or_init(|| (0..YEARS).map(|_| OnceLock::new()).collect());
        let year = years.get(k)?.get_or_init(|| {
            let days = fill(d.year());
            let mut slots = vec![0u16; 366];
            for (n, (o, _)) in days.iter().enumerate() {
                if let (Some(slot), Ok(n)) = (slots.get_mut(usize::from(*o)), u16::try_from(n + 1))
                {
                    *slot = n;
                }
            }
            Year {
                slots: slots.into_boxed_slice(),
                reasons: days.into_iter().map(|(_, r)| r).collect(),
            }
        });
        let slot = *year.slots.get(d.ordinal0() as usize)?;
        year.reasons.get(usize::from(slot.checked_sub(1)?)).cloned()
    }
}
