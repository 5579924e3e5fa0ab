//! The compiled day table: one bit per day over a fixed window of years, a
//! running count of court days per 64-day word (rank), and a sample of where
//! every 64th court day falls (select). "Is this a court day" is one bit
//! test; "the N-th court day after" is a rank plus a select, constant time
//! however large N is.
//!
//! Every loop here is bounded by the table's size; every index is checked.

use chrono::{Datelike, NaiveDate};

/// First year of every compiled window.
pub(crate) const FIRST_YEAR: i32 = 1900;
/// Last year of every compiled window.
pub(crate) const LAST_YEAR: i32 = 2200;

/// Court days per select sample.
const SAMPLE: u32 = 64;

const YEARS: usize = (LAST_YEAR - FIRST_YEAR + 2) as usize;

const fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// `YEAR_START[k]` = index of January 1 of year `FIRST_YEAR + k`; the last
/// entry is one past the window's end. (Indexing in a constant initializer
/// is checked when the crate compiles: it cannot panic at run time.)
#[allow(clippy::indexing_slicing)]
static YEAR_START: [u32; YEARS] = {
    let mut t = [0u32; YEARS];
    let mut k = 1;
    while k < YEARS {
        let y = FIRST_YEAR + k as i32 - 1;
        t[k] = t[k - 1] + if is_leap(y) { 366 } else { 365 };
        k += 1;
    }
    t
};

/// `JAN1[k]` = January 1 of year `FIRST_YEAR + k` (the last entry, one year
/// past the window, is never read for a date in the window).
#[allow(clippy::indexing_slicing)]
static JAN1: [NaiveDate; YEARS] = {
    let mut t = [NaiveDate::MIN; YEARS];
    let mut k = 0;
    while k < YEARS {
        if let Some(d) = NaiveDate::from_ymd_opt(FIRST_YEAR + k as i32, 1, 1) {
            t[k] = d;
        }
        k += 1;
    }
    t
};

/// The number of days in the window (every table has this length).
#[allow(clippy::indexing_slicing)]
const WINDOW_LEN: u32 = YEAR_START[YEARS - 1];

/// The first and last day of the window every table covers.
pub(crate) fn window() -> (NaiveDate, NaiveDate) {
    let first = NaiveDate::from_ymd_opt(FIRST_YEAR, 1, 1).unwrap_or_default();
    let last = NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31).unwrap_or_default();
    (first, last)
}

/// `SELECT_IN_BYTE[b][r]` = position of the set bit of rank `r` (0-based)
/// in byte `b` (8 when there is none). Evaluated at compile time.
#[allow(clippy::indexing_slicing)]
static SELECT_IN_BYTE: [[u8; 8]; 256] = {
    let mut t = [[8u8; 8]; 256];
    let mut b = 0;
    while b < 256 {
        let mut r = 0;
        let mut bit = 0;
        while bit < 8 {
            if (b >> bit) & 1 == 1 {
                t[b][r] = bit as u8;
                r += 1;
            }
            bit += 1;
        }
        b += 1;
    }
    t
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DayTable {
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
        DayTable::from_words(words, len)
    }

    /// Builds a table over the standard window from a bit per closed day
    /// and the weekend days (Monday first), a word at a time: the weekend
    /// pattern of a 64-day word depends only on its first day's weekday.
    pub(crate) fn from_closed(closed: &[u64], weekend: [bool; 7]) -> DayTable {
        let first = NaiveDate::from_ymd_opt(FIRST_YEAR, 1, 1).unwrap_or_default();
        let last = NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31).unwrap_or_default();
        let len = u32::try_from((last - first).num_days() + 1).unwrap_or(0);
        // patterns[k]: the open-by-weekday bits of a word whose first day
        // has weekday k (Monday = 0).
        let mut patterns = [0u64; 7];
        for (k, p) in patterns.iter_mut().enumerate() {
            for bit in 0..64 {
                if !weekend.get((k + bit) % 7).copied().unwrap_or(true) {
                    *p |= 1u64 << bit;
                }
            }
        }
        let nwords = len.div_ceil(64) as usize;
        let first_wd = first.weekday().num_days_from_monday() as usize;
        let mut words: Vec<u64> = (0..nwords)
            .map(|w| {
                let pattern = patterns.get((first_wd + w * 64) % 7).copied().unwrap_or(0);
                pattern & !closed.get(w).copied().unwrap_or(u64::MAX)
            })
            .collect();
        // Days past the window's end are never open.
        if let Some(last_word) = words.last_mut() {
            let used = len as usize - (nwords - 1) * 64;
            if used < 64 {
                *last_word &= (1u64 << used) - 1;
            }
        }
        DayTable::from_words(words, len)
    }

    /// Builds the rank and select indexes over `words`.
    fn from_words(words: Vec<u64>, len: u32) -> DayTable {
        let nwords = words.len();
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
            len,
            words: words.into_boxed_slice(),
            rank: rank.into_boxed_slice(),
            select: select.into_boxed_slice(),
        }
    }

    /// This table with the days at `closed` (indices) closed as well.
    pub(crate) fn with_closed(&self, closed: impl IntoIterator<Item = u32>) -> DayTable {
        let mut words = self.words.to_vec();
        for i in closed {
            if let Some(w) = words.get_mut((i / 64) as usize) {
                *w &= !(1u64 << (i % 64));
            }
        }
        DayTable::from_words(words, self.len)
    }

    /// The index of `date` in the window every table covers, or `None`
    /// outside it.
    #[inline]
    pub(crate) fn index_of(date: NaiveDate) -> Option<u32> {
        let y = usize::try_from(date.year().wrapping_sub(FIRST_YEAR)).ok()?;
        let start = *YEAR_START.get(y)?;
        let i = start + date.ordinal0();
        (i < WINDOW_LEN).then_some(i)
    }

    /// The index of `date`, or `None` outside the window.
    #[inline]
    pub(crate) fn index(&self, date: NaiveDate) -> Option<u32> {
        // Year and ordinal are bit fields of a chrono date: no division.
        let y = usize::try_from(date.year().wrapping_sub(FIRST_YEAR)).ok()?;
        let start = *YEAR_START.get(y)?;
        let i = start + date.ordinal0();
        (i < self.len).then_some(i)
    }

    /// The date at index `i`, or `None` outside the window.
    #[inline]
    pub(crate) fn date(&self, i: u32) -> Option<NaiveDate> {
        if i >= self.len {
            return None;
        }
        // Estimate the year from the mean Gregorian year, then correct by
        // at most one either way.
        let mut y = (u64::from(i) * 400 / 146_097) as usize;
        if YEAR_START.get(y).is_some_and(|&s| s > i) {
            y = y.saturating_sub(1);
        }
        if YEAR_START.get(y + 1).is_some_and(|&s| s <= i) {
            y += 1;
        }
        let start = *YEAR_START.get(y)?;
        // January 1 of that year with the ordinal replaced: no year-flag
        // computation.
        JAN1.get(y)?.with_ordinal0(i - start)
    }

    /// The date at index `j`, reached from `base` (at index `base_i`) by
    /// adding the difference: cheaper than building the date from its index
    /// when the two are close (chrono's same-year fast path).
    #[inline]
    pub(crate) fn date_from(&self, base: NaiveDate, base_i: u32, j: u32) -> Option<NaiveDate> {
        if j >= self.len {
            return None;
        }
        // Within a few weeks, chrono's same-year fast path is cheapest; over
        // longer hops the year table is.
        // Within the same year, only the ordinal changes (no call into
        // chrono's general date arithmetic).
        let ord0 = base.ordinal0();
        match j.checked_sub(base_i) {
            Some(ahead) if ord0 + ahead < 365 => base.with_ordinal0(ord0 + ahead),
            Some(ahead) if ahead <= 31 => {
                base.checked_add_days(chrono::Days::new(u64::from(ahead)))
            }
            None if base_i - j <= ord0 => base.with_ordinal0(ord0 - (base_i - j)),
            None if base_i - j <= 31 => {
                base.checked_sub_days(chrono::Days::new(u64::from(base_i - j)))
            }
            _ => self.date(j),
        }
    }

    /// Days covered.
    #[inline]
    pub(crate) fn len(&self) -> u32 {
        self.len
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
        // day r is at most SAMPLE-1 court days further: with a five-day
        // week at most two words on. Two branch-free steps cover that (an
        // unpredictable loop here costs more than the rest of the query);
        // the loop after them serves sparse calendars and is bounded by the
        // number of words.
        w += usize::from(self.rank.get(w + 1).is_some_and(|&next| next < r));
        w += usize::from(self.rank.get(w + 1).is_some_and(|&next| next < r));
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
        // Within the same word (a word holds about 44 court days), select
        // among the bits above `i` without touching the rank indexes.
        let w = (i / 64) as usize;
        let above = self.word(w) & (u64::MAX << (i % 64)) & !(1u64 << (i % 64));
        if n >= 1 && n <= above.count_ones() {
            return Some(w as u32 * 64 + select_in_word(above, n));
        }
        self.select(self.rank_inclusive(i).checked_add(n)?)
    }

    /// The `n`-th court day strictly before index `i` (`n >= 1`).
    #[inline]
    pub(crate) fn nth_before(&self, i: u32, n: u32) -> Option<u32> {
        let w = (i / 64) as usize;
        let below = self.word(w) & ((1u64 << (i % 64)) - 1);
        let c = below.count_ones();
        if n >= 1 && n <= c {
            return Some(w as u32 * 64 + select_in_word(below, c + 1 - n));
        }
        let before = self.rank.get(w).copied().unwrap_or(0) + c;
        self.select((before + 1).checked_sub(n)?)
    }
}

/// Position (0..64) of the `k`-th set bit (1-based) of `x`; `k` must be
/// between 1 and `x.count_ones()`. Branch-free broadword select: byte
/// popcounts by SWAR, their prefix sums by one multiplication, the target
/// byte by a parallel comparison, the bit by a table.
#[inline]
fn select_in_word(x: u64, k: u32) -> u32 {
    const L8: u64 = 0x0101_0101_0101_0101;
    const H8: u64 = 0x8080_8080_8080_8080;
    let r = u64::from(k.saturating_sub(1) & 63);
    let mut s = x - ((x >> 1) & 0x5555_5555_5555_5555);
    s = (s & 0x3333_3333_3333_3333) + ((s >> 2) & 0x3333_3333_3333_3333);
    s = (s + (s >> 4)) & 0x0F0F_0F0F_0F0F_0F0F;
    // Byte i of `sums` = set bits in bytes 0..=i (at most 64: no carries).
    let sums = s.wrapping_mul(L8);
    // High bit of byte i set iff sums_i <= r. The sums never decrease, so
    // the set high bits are those of bytes 0..byte, where `byte` holds the
    // bit of rank r; the highest one gives `byte` without a popcount.
    let le = ((r * L8) | H8).wrapping_sub(sums) & H8;
    let byte = ((64 - le.leading_zeros()) / 8).min(7);
    let before = ((sums << 8) >> (8 * byte)) & 0xFF;
    let in_byte = ((x >> (8 * byte)) & 0xFF) as usize;
    let rank_in_byte = (r.saturating_sub(before) & 7) as usize;
    let bit = SELECT_IN_BYTE
        .get(in_byte)
        .and_then(|row| row.get(rank_in_byte))
        .copied()
        .unwrap_or(0);
    (byte * 8 + u32::from(bit)).min(63)
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
        let (a, b) = window();
        // Index and date are inverse over the whole window.
        let mut d = a;
        for i in 0..t.len {
            assert_eq!(t.index(d), Some(i));
            assert_eq!(t.date(i), Some(d));
            d = d.succ_opt().unwrap_or(d);
        }
        assert_eq!(t.index(a.pred_opt().unwrap_or(a)), None);
        assert_eq!(t.index(b.succ_opt().unwrap_or(b)), None);
        assert_eq!(t.date(t.len), None);
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

    #[test]
    fn nth_matches_a_day_by_day_walk() {
        // An irregular table: weekdays, less every 7th and 11th day.
        let mut k = 0u32;
        let t = DayTable::build(|d| {
            k += 1;
            d.weekday().num_days_from_monday() < 5 && k % 7 != 0 && k % 11 != 0
        });
        let walk = |i: u32, n: u32, after: bool| -> Option<u32> {
            let (mut j, mut left) = (i, n);
            loop {
                j = if after {
                    j.checked_add(1)?
                } else {
                    j.checked_sub(1)?
                };
                if j >= t.len {
                    return None;
                }
                if t.is_open(j) {
                    left -= 1;
                    if left == 0 {
                        return Some(j);
                    }
                }
            }
        };
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..4000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let i = (x % u64::from(t.len)) as u32;
            let n = 1 + (x >> 40) as u32 % 90;
            assert_eq!(t.nth_after(i, n), walk(i, n, true), "after {i} {n}");
            assert_eq!(t.nth_before(i, n), walk(i, n, false), "before {i} {n}");
        }
        for i in [0, 1, 63, 64, 65, t.len - 65, t.len - 1] {
            for n in [1, 2, 40, 45, 64] {
                assert_eq!(t.nth_after(i, n), walk(i, n, true), "after {i} {n}");
                assert_eq!(t.nth_before(i, n), walk(i, n, false), "before {i} {n}");
            }
        }
    }
}
