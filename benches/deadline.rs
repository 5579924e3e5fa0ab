//! The deadline engine under the FRCP in S.D.N.Y., each beside a naive
//! baseline (chrono plus a `HashSet<NaiveDate>` of closed days, rolled day by
//! day) in the same run.
//!
//! ```text
//! cargo bench --bench deadline
//! ```
//!
//! Targets: "21 days after, rolled" (date only) and the same with the 6(d)
//! mail extension at most 0.7× the naive baseline of the same run; a full
//! computed deadline with its explanation ≤ 1 µs; 20 explained deadlines
//! ≤ 20 µs; `RuleBook::bundled()` ≤ 10 ms; serializing an explained
//! deadline no dearer than computing it. The `bulk` benches report
//! throughput over a million triggers and a 10,000-row batch, on one thread
//! and on every core. Bench names are stable: tools read them.

use std::cell::Cell;
use std::collections::HashSet;
use std::hint::black_box;
use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use court_deadlines::{Court, DeadlineRef, RuleBook, Trigger};

fn main() {
    divan::main();
}

fn book() -> &'static RuleBook {
    static B: OnceLock<RuleBook> = OnceLock::new();
    B.get_or_init(|| RuleBook::bundled().expect("bundled rules load"))
}

fn court() -> Court {
    book().court("nysd").expect("nysd is bundled")
}

fn answer() -> DeadlineRef {
    court().deadline("frcp.answer").expect("frcp.answer")
}

fn counterclaim() -> DeadlineRef {
    court()
        .deadline("frcp.answer-to-counterclaim")
        .expect("frcp.answer-to-counterclaim")
}

/// Random dates in 1990–2099 (xorshift; no dependency).
fn random_date() -> NaiveDate {
    thread_local! {
        static S: Cell<u64> = const { Cell::new(0x2545_F491_4F6C_DD1D) };
    }
    S.with(|s| {
        let mut x = s.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.set(x);
        NaiveDate::from_ymd_opt(1990, 1, 1).expect("valid") + Days::new(x % 40_000)
    })
}

/// The naive baseline: the closed weekdays of us-federal and us-ny (the
/// calendars S.D.N.Y. counts forward) in a hash set.
struct Naive {
    closed: HashSet<NaiveDate>,
}

impl Naive {
    fn get() -> &'static Naive {
        static N: OnceLock<Naive> = OnceLock::new();
        N.get_or_init(|| {
            let mut closed = HashSet::new();
            for id in ["us-federal", "us-ny"] {
                let cal = book().calendar(id).expect("bundled");
                for y in 1985..=2105 {
                    closed.extend(
                        cal.holidays(y)
                            .expect("in window")
                            .into_iter()
                            .map(|h| h.date),
                    );
                }
            }
            Naive { closed }
        })
    }

    fn open(&self, d: NaiveDate) -> bool {
        !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !self.closed.contains(&d)
    }

    fn roll(&self, mut d: NaiveDate) -> NaiveDate {
        while !self.open(d) {
            d = d.succ_opt().expect("in range");
        }
        d
    }

    /// 21 days after, rolled; with mail, 3 days after that, rolled again.
    fn due(&self, t: NaiveDate, mail: bool) -> NaiveDate {
        let l = self.roll(t + Days::new(21));
        if mail { self.roll(l + Days::new(3)) } else { l }
    }
}

/// Each iteration computes a batch of this many deadlines, so that the
/// timer's precision does not swamp nanosecond results; divan reports the
/// time per deadline (the "per item" throughput line divided out).
const BATCH: usize = 1024;

fn triggers(mail: bool) -> Vec<Trigger> {
    (0..BATCH)
        .map(|_| {
            let t = Trigger::on(random_date());
            if mail { t.served_by("mail") } else { t }
        })
        .collect()
}

fn dates() -> Vec<NaiveDate> {
    (0..BATCH).map(|_| random_date()).collect()
}

/// The engine's date-only path over the batch of triggers.
fn date_only(b: divan::Bencher, dl: DeadlineRef, mail: bool) {
    let ts = triggers(mail);
    b.bench_local(|| {
        ts.iter()
            .map(|t| dl.due_date(t).map_or(0, |d| d.ordinal()))
            .sum::<u32>()
    });
}

/// The naive baseline over the same trigger dates.
fn naive(b: divan::Bencher, mail: bool) {
    let n = Naive::get();
    let ds = dates();
    b.bench_local(|| ds.iter().map(|t| n.due(*t, mail).ordinal()).sum::<u32>());
}

mod days_21_after_rolled {
    use super::*;

    #[divan::bench(counters = [divan::counter::ItemsCount::new(BATCH)])]
    fn engine_date_only(b: divan::Bencher) {
        date_only(b, answer(), false);
    }

    #[divan::bench(counters = [divan::counter::ItemsCount::new(BATCH)])]
    fn naive_hashset(b: divan::Bencher) {
        naive(b, false);
    }
}

mod days_21_after_with_mail_6d {
    use super::*;

    #[divan::bench(counters = [divan::counter::ItemsCount::new(BATCH)])]
    fn engine_date_only(b: divan::Bencher) {
        date_only(b, counterclaim(), true);
    }

    #[divan::bench(counters = [divan::counter::ItemsCount::new(BATCH)])]
    fn naive_hashset(b: divan::Bencher) {
        naive(b, true);
    }
}

mod full_deadline_with_explanation {
    use super::*;

    #[divan::bench(counters = [divan::counter::ItemsCount::new(BATCH)])]
    fn engine(b: divan::Bencher) {
        let dl = counterclaim();
        let ts = triggers(true);
        b.bench_local(|| {
            ts.iter()
                .map(|t| dl.compute(t).map_or(0, |d| d.steps.len()))
                .sum::<usize>()
        });
    }
}

mod schedule {
    use super::*;

    /// Every deadline that flows from entry of judgment (8 under the FRCP).
    #[divan::bench(counters = [divan::counter::ItemsCount::new(64usize)])]
    fn judgment_entered(b: divan::Bencher) {
        let c = court();
        let ts: Vec<Trigger> = (0..64).map(|_| Trigger::on(random_date())).collect();
        b.bench_local(|| {
            ts.iter()
                .map(|t| {
                    c.schedule("frcp.judgment-entered", t)
                        .map_or(0, |s| s.entries.len())
                })
                .sum::<usize>()
        });
    }

    /// 20 deadlines, each with its full explanation: the work of a
    /// 20-deadline schedule.
    #[divan::bench(counters = [divan::counter::ItemsCount::new(64usize)])]
    fn twenty_full_deadlines(b: divan::Bencher) {
        let all: Vec<DeadlineRef> = court()
            .deadlines()
            .expect("bundled rule sets parse")
            .into_iter()
            .take(20)
            .collect();
        let ts: Vec<Trigger> = (0..64).map(|_| Trigger::on(random_date())).collect();
        b.bench_local(|| {
            ts.iter()
                .map(|t| all.iter().filter_map(|d| d.compute(t).ok()).count())
                .sum::<usize>()
        });
    }
}

mod load {
    use super::*;

    /// Load every bundled file (rule sets and day tables are built on
    /// first use).
    #[divan::bench(sample_count = 20)]
    fn bundled() -> RuleBook {
        black_box(RuleBook::bundled().expect("bundled rules load"))
    }

    /// Load, then answer the first deadline: what a command-line run or a
    /// fresh process pays, the first use's parsing and compiling included.
    #[divan::bench(sample_count = 20)]
    fn bundled_then_first_deadline() -> Option<chrono::NaiveDate> {
        let book = RuleBook::bundled().expect("bundled rules load");
        let served = NaiveDate::from_ymd_opt(2026, 11, 27).expect("a date");
        book.court("nysd")
            .and_then(|c| c.deadline("frcp.answer"))
            .and_then(|d| d.due_date(&Trigger::on(served)))
            .ok()
    }
}

/// Bulk use: one deadline over many triggers, and a batch of rows (court,
/// deadline, trigger, method) through the public API, on one thread and on
/// every core with the `RuleBook` shared.
mod bulk {
    use super::*;

    const MILLION: usize = 1_000_000;
    const ROWS: usize = 10_000;

    /// One resolved deadline, a million trigger dates (date only).
    #[divan::bench(sample_count = 5, counters = [divan::counter::ItemsCount::new(MILLION)])]
    fn one_deadline_million_triggers(b: divan::Bencher) {
        let dl = answer();
        let ts: Vec<Trigger> = (0..MILLION).map(|_| Trigger::on(random_date())).collect();
        b.bench_local(|| {
            ts.iter()
                .map(|t| dl.due_date(t).map_or(0, |d| d.ordinal()))
                .sum::<u32>()
        });
    }

    /// A row of an import: court and deadline ids as text, a date and
    /// (every other row) a method of service.
    struct Row {
        court: &'static str,
        deadline: &'static str,
        trigger: Trigger,
    }

    fn rows() -> Vec<Row> {
        const PAIRS: [(&str, &str); 6] = [
            ("nysd", "frcp.answer"),
            ("cand", "frcp.answer-to-counterclaim"),
            ("ilnd", "frcp.new-trial-motion"),
            ("ca9", "frap.notice-of-appeal-civil"),
            ("nysd", "frcp.amend-as-of-course-own-pleading"),
            ("txsd", "frcp.answer-to-counterclaim"),
        ];
        // Every pair names a bundled deadline (a row that errs would
        // measure the error's construction instead).
        for (court, deadline) in PAIRS {
            book()
                .court(court)
                .and_then(|c| c.deadline(deadline))
                .expect("a bundled court and deadline");
        }
        (0..ROWS)
            .map(|i| {
                let (court, deadline) = PAIRS[i % PAIRS.len()];
                let t = Trigger::on(random_date());
                Row {
                    court,
                    deadline,
                    trigger: if i % 2 == 0 { t.served_by("mail") } else { t },
                }
            })
            .collect()
    }

    /// Resolves and computes one row (date only), as an import would.
    fn run_row(book: &RuleBook, r: &Row) -> u32 {
        book.court(r.court)
            .and_then(|c| c.deadline(r.deadline))
            .and_then(|d| d.due_date(&r.trigger))
            .map_or(0, |d| d.ordinal())
    }

    #[divan::bench(sample_count = 20, counters = [divan::counter::ItemsCount::new(ROWS)])]
    fn batch_10k_single_thread(b: divan::Bencher) {
        let rows = rows();
        let book = book();
        b.bench_local(|| rows.iter().map(|r| run_row(book, r)).sum::<u32>());
    }

    /// Resolves each distinct (court, deadline) pair once and keeps the
    /// handle, as an import should: later rows reuse it (and its plan).
    fn run_rows_reusing(book: &RuleBook, rows: &[Row]) -> u32 {
        let mut handles: std::collections::HashMap<(&str, &str), DeadlineRef> =
            std::collections::HashMap::new();
        rows.iter()
            .map(|r| {
                let dl = match handles.entry((r.court, r.deadline)) {
                    std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                    std::collections::hash_map::Entry::Vacant(e) => {
                        match book.court(r.court).and_then(|c| c.deadline(r.deadline)) {
                            Ok(dl) => e.insert(dl),
                            Err(_) => return 0,
                        }
                    }
                };
                dl.due_date(&r.trigger).map_or(0, |d| d.ordinal())
            })
            .sum()
    }

    #[divan::bench(sample_count = 20, counters = [divan::counter::ItemsCount::new(ROWS)])]
    fn batch_10k_single_thread_reusing_handles(b: divan::Bencher) {
        let rows = rows();
        let book = book();
        b.bench_local(|| run_rows_reusing(book, &rows));
    }

    /// The rows split evenly over every core, each part run by `run` on
    /// its own thread, the `RuleBook` shared.
    fn on_every_core(b: divan::Bencher, run: fn(&RuleBook, &[Row]) -> u32) {
        let rows = rows();
        let book = book().clone();
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
        let chunk = ROWS.div_ceil(threads);
        b.bench_local(|| {
            std::thread::scope(|s| {
                let handles: Vec<_> = rows
                    .chunks(chunk)
                    .map(|part| {
                        let book = &book;
                        s.spawn(move || run(book, part))
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or(0))
                    .sum::<u32>()
            })
        });
    }

    #[divan::bench(sample_count = 20, counters = [divan::counter::ItemsCount::new(ROWS)])]
    fn batch_10k_threads_reusing_handles(b: divan::Bencher) {
        on_every_core(b, run_rows_reusing);
    }

    #[divan::bench(sample_count = 20, counters = [divan::counter::ItemsCount::new(ROWS)])]
    fn batch_10k_threads(b: divan::Bencher) {
        on_every_core(b, |book, part| part.iter().map(|r| run_row(book, r)).sum());
    }
}

/// JSON: serializing an explained deadline, beside computing one (the
/// `full_deadline_with_explanation` bench) in the same run.
mod json {
    use super::*;

    #[divan::bench(counters = [divan::counter::ItemsCount::new(BATCH)])]
    fn serialize_explained(b: divan::Bencher) {
        let dl = counterclaim();
        let done: Vec<court_deadlines::Deadline> = triggers(true)
            .iter()
            .filter_map(|t| dl.compute(t).ok())
            .collect();
        b.bench_local(|| {
            done.iter()
                .map(|d| serde_json::to_string(d).map_or(0, |s| s.len()))
                .sum::<usize>()
        });
    }
}
