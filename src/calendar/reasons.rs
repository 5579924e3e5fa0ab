//! Why each closed day of a merged day table is closed, kept per year once
//! asked. An explanation names the reasons of every day it passes over, and
//! finding them means evaluating each member calendar's rules for the day;
//! the same days come up for every deadline that rolls over them, so a
//! year's reasons are found once and shared (one reference count per day
//! passed over, instead of a vector and its names and citations).
//!
//! Kept small: a day closed only as a weekend day shares one list per
//! weekday, so a year costs two bitmaps and its holidays' lists (about a
//! kilobyte) however many tables and years a long-running process touches.

use std::sync::{Arc, OnceLock};

use chrono::{Datelike, NaiveDate};

use super::table::{FIRST_YEAR, LAST_YEAR};
use crate::explain::Reason;

/// Years in the compiled window.
const YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;

/// Words of a bitmap over the days of a year.
const WORDS: usize = 6;

/// One year's closed days: bit `o` of `weekend` for a day closed only as a
/// weekend day; bit `o` of `listed` for a day with its own list, which is
/// `reasons[the number of listed days before it]`.
struct Year {
    weekend: [u64; WORDS],
    listed: [u64; WORDS],
    reasons: Box<[Arc<[Reason]>]>,
}

/// The reasons of a day table's closed days, filled a year at a time on
/// first use. Safe to share between threads: each year is filled once.
#[derive(Default)]
pub(crate) struct ReasonCache {
    years: OnceLock<Box<[OnceLock<Year>]>>,
    /// `[Weekend { weekday }]`, one list per weekday.
    weekdays: [OnceLock<Arc<[Reason]>>; 7],
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

/// Whether bit `o` is set.
#[inline]
fn bit(words: &[u64; WORDS], o: usize) -> bool {
    words.get(o / 64).is_some_and(|w| w & (1 << (o % 64)) != 0)
}

impl ReasonCache {
    /// The reasons `d` is closed, or `None` when the table has `d` open (or
    /// `d` is outside the window). On the first query in a year, `fill`
    /// lists that year's closed days (each with its `ordinal0` and reasons,
    /// in date order).
    pub(crate) fn get(
        &self,
        d: NaiveDate,
        fill: impl FnOnce(i32) -> Vec<(u16, Arc<[Reason]>)>,
    ) -> Option<Arc<[Reason]>> {
        let k = usize::try_from(d.year().checked_sub(FIRST_YEAR)?).ok()?;
        let years = self
            .years
            .get_or_init(|| (0..YEARS).map(|_| OnceLock::new()).collect());
        let year = years.get(k)?.get_or_init(|| year(fill(d.year())));
        let o = d.ordinal0() as usize;
        if bit(&year.weekend, o) {
            let w = d.weekday();
            let slot = self.weekdays.get(w.num_days_from_monday() as usize)?;
            return Some(Arc::clone(
                slot.get_or_init(|| Arc::from([Reason::Weekend { weekday: w }])),
            ));
        }
        if !bit(&year.listed, o) {
            return None;
        }
        // The listed days before `o`: whole words, then the bits below it.
        let before: u32 = year
            .listed
            .iter()
            .take(o / 64)
            .map(|w| w.count_ones())
            .sum::<u32>()
            + year
                .listed
                .get(o / 64)
                .map_or(0, |w| (w & ((1u64 << (o % 64)) - 1)).count_ones());
        year.reasons.get(before as usize).cloned()
    }
}

/// A year's closed days, as `fill` lists them, in the compact form.
fn year(days: Vec<(u16, Arc<[Reason]>)>) -> Year {
    let mut y = Year {
        weekend: [0; WORDS],
        listed: [0; WORDS],
        reasons: Box::default(),
    };
    let mut reasons = Vec::new();
    for (o, r) in days {
        let o = usize::from(o);
        let words = match &*r {
            [Reason::Weekend { .. }] => &mut y.weekend,
            _ => {
                reasons.push(r);
                &mut y.listed
            }
        };
        if let Some(w) = words.get_mut(o / 64) {
            *w |= 1 << (o % 64);
        }
    }
    y.reasons = reasons.into_boxed_slice();
    y
}
