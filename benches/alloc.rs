//! Allocations per result: divan's allocation profiler counts every
//! allocation (and its bytes) made by each benchmark, per item.
//!
//! ```text
//! cargo bench --bench alloc
//! ```
//!
//! Kept apart from the timing benches: counting allocations slows every
//! allocation down.

use std::sync::OnceLock;

use chrono::NaiveDate;
use court_deadlines::{DeadlineRef, RuleBook, Trigger};

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

fn counterclaim() -> &'static DeadlineRef {
    static D: OnceLock<DeadlineRef> = OnceLock::new();
    D.get_or_init(|| {
        RuleBook::bundled()
            .and_then(|b| b.court("nysd"))
            .and_then(|c| c.deadline("frcp.answer-to-counterclaim"))
            .expect("bundled")
    })
}

fn trigger() -> Trigger {
    Trigger::on(NaiveDate::from_ymd_opt(2026, 12, 4).expect("a date")).served_by("mail")
}

/// One explained deadline (the `deadline/full_deadline_with_explanation` case).
#[divan::bench]
fn explained_deadline(b: divan::Bencher) {
    let dl = counterclaim();
    let t = trigger();
    b.bench_local(|| dl.compute(&t).map_or(0, |d| d.steps.len()));
}

/// The same deadline, date only.
#[divan::bench]
fn date_only(b: divan::Bencher) {
    let dl = counterclaim();
    let t = trigger();
    b.bench_local(|| dl.due_date(&t).ok());
}

/// Serializing the explained deadline to JSON.
#[divan::bench]
fn json_of_explained(b: divan::Bencher) {
    let d = counterclaim().compute(&trigger()).expect("computes");
    b.bench_local(|| serde_json::to_string(&d).map_or(0, |s| s.len()));
}
