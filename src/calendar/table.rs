//! The compiled day table: one bit per day over a fixed window of years, a
//! running count of court days per 64-day word (rank), and a sample of where
//! every 64th court day falls (select). "Is this a court day" is one bit
//! test; "the N-th court day after" is a rank plus a select, constant time
//! however large N is.
//!
//! Every loop here is bounded by the table's size; every index is checked.

use chrono::{Datelike, Days, NaiveDate};

/// First year of every compiled window.
pub(crate) const FIRST_YEAR: i32 = 1900;
/// Last year of every compiled window.
pub(crate) const LAST_YEAR: i32 = 2200;

/// Court days per select sample.
const SAMPLE: u32 = 64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DayTable {
    /// `num_days_from_ce()` of the first day (index 0).
    first_ce: i32,
    /// Number of days covered.
    len: u32,
    /// Bit `i % 64` of word `i / 64` is set iff day `i` is a court day.
    words: Box<[u64]>,
    /// `rank[w]` = court days in words `0..w`; one longer than `words`.
    rank: Box<[u32]>,
    /// `select[k]` = the word holding court day number `k * SAMPLE + 1` (1-based).
    select: Box<[u32]>,
}

impl DayTable {
    /// Builds a table over the standard window from a predicate on day
    /// indices (0 = 1900-01-01). `open(i)` is evaluated once per day.
    pub(crate) fn build(mut open: impl FnMut(NaiveDate) -> bool) -> DayTable {
        let first = NaiveDate::from_ymd_opt(FIRST_YEAR, 1, 1).unwrap_or_default();
        let last = NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31).unwrap_or_default();
        let len = u32::try_from((last - first).num_days() + 1).unwrap_or(0);
        let nwords = len.div_ceil(64) as usize;
        let mut words = vec![0u64; nwords];
        let mut day = first;
        for i in 0..len {
            if open(day) {
                if let Some(w) = words.get_mut((i / 64) as usize) {
                    *w |= 1u64 << (i % 64);
                }
            }
            day = day.succ_opt().unwrap_or(day);
        }
        let mut rank = Vec::with_capacity(nwords + 1);
        let mut select = Vec::new();
        let mut acc: u32 = 0;
        for (w, word) in words.iter().enumerate() {
            rank.push(acc);
            let c = word.count_ones();
            // Court days acc+1 ..= acc+c live in this word; record every
            // sample point k*SAMPLE+1 among them.
            while (select.len() as u32) * SAMPLE < acc + c {
                select.push(w as u32);
            }
            acc += c;
        }
        rank.push(acc);
        DayTable {
            first_ce: first.num_days_from_ce(),
            len,
            words: words.into_boxed_slice(),
            rank: rank.into_boxed_slice(),
            select: select.into_boxed_slice(),
        }
    }

    /// First and last day covered.
    pub(crate) fn bounds(&self) -> (NaiveDate, NaiveDate) {
        let first = NaiveDate::from_num_days_from_ce_opt(self.first_ce).unwrap_or_default();
        let last = first
            .checked_add_days(Days::new(u64::from(self.len.saturating_sub(1))))
            .unwrap_or(first);
        (first, last)
    }

    /// The index of `date`, or `None` outside the window.
    #[inline]
    pub(crate) fn index(&self, date: NaiveDate) -> Option<u32> {
        let i = date.num_days_from_ce().wrapping_sub(self.first_ce);
        u32::try_from(i).ok().filter(|&i| i < self.len)
    }

    /// The date at index `i` (which must be `< len`).
    #[inline]
    pub(crate) fn date(&self, i: u32) -> Option<NaiveDate> {
        NaiveDate::from_num_days_from_ce_opt(self.first_ce.checked_add(i32::try_from(i).ok()?)?)
    }

    /// Total court days in the window.
    pub(crate) fn total(&self) -> u32 {
        self.rank.last().copied().unwrap_or(0)
    }

    /// Heap bytes used by the table.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.words.len() * 8 + self.rank.len() * 4 + self.select.len() * 4
    }

    #[inline]
    fn word(&self, w: usize) -> u64 {
        self.words.get(w).copied().unwrap_or(0)
    }

    /// Whether day `i` is a court day.
    #[inline]
    pub(crate) fn is_open(&self, i: u32) -> bool {
        self.word((i / 64) as usize) >> (i % 64) & 1 == 1
    }

    /// Court days among indices `0..=i`.
    #[inline]
    pub(crate) fn rank_inclusive(&self, i: u32) -> u32 {
        let w = (i / 64) as usize;
        let mask = u64::MAX >> (63 - (i % 64));
        self.rank.get(w).copied().unwrap_or(0) + (self.word(w) & mask).count_ones()
    }

    /// The index of court day number `r` (1-based), if `1 <= r <= total`.
    #[inline]
    pub(crate) fn select(&self, r: u32) -> Option<u32> {
        if r == 0 || r > self.total() {
            return None;
        }
        let mut w = *self.select.get(((r - 1) / SAMPLE) as usize)? as usize;
        // The sample lands on the word holding court day k*SAMPLE+1; court
        // day r is at most SAMPLE-1 court days further. Bounded by the
        // number of words.
        while self.rank.get(w + 1).is_some_and(|&next| next < r) {
            w += 1;
        }
        let k = r - self.rank.get(w)?;
        Some(w as u32 * 64 + select_in_word(self.word(w), k))
    }

    /// The first court day index strictly after `i`.
    #[inline]
    pub(crate) fn next_open(&self, i: u32) -> Option<u32> {
        let mut w = (i / 64) as usize;
        let b = i % 64;
        let mut bits = if b == 63 {
            0
        } else {
            self.word(w) & (u64::MAX << (b + 1))
        };
        while bits == 0 {
            w += 1;
            if w >= self.words.len() {
                return None;
            }
            bits = self.word(w);
        }
        Some(w as u32 * 64 + bits.trailing_zeros())
    }

    /// The last court day index strictly before `i`.
    #[inline]
    pub(crate) fn prev_open(&self, i: u32) -> Option<u32> {
        let mut w = (i / 64) as usize;
        let b = i % 64;
        let mut bits = if b == 0 {
            0
        } else {
            self.word(w) & (u64::MAX >> (64 - b))
        };
        while bits == 0 {
            w = w.checked_sub(1)?;
            bits = self.word(w);
        }
        Some(w as u32 * 64 + 63 - bits.leading_zeros())
    }

    /// The `n`-th court day strictly after index `i` (`n >= 1`).
    #[inline]
    pub(crate) fn nth_after(&self, i: u32, n: u32) -> Option<u32> {
        self.select(self.rank_inclusive(i).checked_add(n)?)
    }

    /// The `n`-th court day strictly before index `i` (`n >= 1`).
    #[inline]
    pub(crate) fn nth_before(&self, i: u32, n: u32) -> Option<u32> {
        let before = self.rank_inclusive(i) - u32::from(self.is_open(i));
        self.select((before + 1).checked_sub(n)?)
    }
}

/// Position (0..64) of the `k`-th set bit (1-based) of `x`; `k` must be
/// between 1 and `x.count_ones()`. Bounded: at most 8 byte steps and 7 bit steps.
#[inline]
fn select_in_word(mut x: u64, mut k: u32) -> u32 {
    let mut base = 0;
    for _ in 0..8 {
        let c = (x & 0xff).count_ones();
        if k <= c {
            break;
        }
        k -= c;
        x >>= 8;
        base += 8;
    }
    for _ in 1..k.min(8) {
        x &= x.wrapping_sub(1);
    }
    base + x.trailing_zeros().min(63)
}

/// The year of `date` as the day table sees it (for listings).
pub(crate) fn in_window_year(year: i32) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;

    fn weekdays_only() -> DayTable {
        DayTable::build(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
    }

    #[test]
    fn select_in_word_matches_naive() {
        let xs = [
            1u64,
            0x8000_0000_0000_0000,
            u64::MAX,
            0xf0f0_f0f0_0000_ff01,
            0x1234_5678_9abc_def0,
        ];
        for x in xs {
            let naive: Vec<u32> = (0..64).filter(|b| x >> b & 1 == 1).collect();
            for (k, &pos) in naive.iter().enumerate() {
                assert_eq!(select_in_word(x, k as u32 + 1), pos, "x={x:#x} k={}", k + 1);
            }
        }
    }

    #[test]
    fn window_and_ranks() {
        let t = weekdays_only();
        let (a, b) = t.bounds();
        assert_eq!(a, NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or_default());
        assert_eq!(b, NaiveDate::from_ymd_opt(2200, 12, 31).unwrap_or_default());
        assert_eq!(t.len as i64, (b - a).num_days() + 1);
        // Walk every court day and check select/rank agree.
        let mut r = 0;
        for i in 0..t.len {
            if t.is_open(i) {
                r += 1;
                assert_eq!(t.select(r), Some(i));
            }
            assert_eq!(t.rank_inclusive(i), r);
        }
        assert_eq!(t.total(), r);
        assert_eq!(t.select(0), None);
        assert_eq!(t.select(r + 1), None);
    }

    #[test]
    fn next_prev_nth_at_edges() {
        let t = weekdays_only();
        // 1900-01-01 was a Monday.
        assert!(t.is_open(0));
        assert_eq!(t.prev_open(0), None);
        assert_eq!(t.nth_before(0, 1), None);
        assert_eq!(t.next_open(0), Some(1));
        assert_eq!(t.nth_after(0, 5), Some(7)); // Tue..Fri, then next Mon
        let last = t.len - 1;
        assert_eq!(t.next_open(last), None);
        assert_eq!(t.nth_after(last, 1), None);
        assert_eq!(t.nth_after(0, u32::MAX), None);
        assert!(t.prev_open(last).is_some());
        assert!(t.heap_bytes() <= 32 * 1024, "{} bytes", t.heap_bytes());
    }
}
