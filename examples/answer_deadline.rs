//! When is the answer due? The first question a docketing clerk asks of a
//! new case, answered with the reasons and the rules behind them.
//!
//! ```text
//! cargo run --example answer_deadline
//! ```

use std::error::Error;
use std::io::Write;

use chrono::NaiveDate;
use court_deadlines::{RuleBook, Trigger};

/// Prints two answer deadlines with their explanations, then the same dates
/// from the fast date-only path used for bulk work.
pub fn run(out: &mut dyn Write) -> Result<(), Box<dyn Error>> {
    let book = RuleBook::bundled()?;
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).ok_or("no such date");

    // Summons and complaint served on Friday, November 27, 2026, in the
    // Southern District of New York: 21 days (Fed. R. Civ. P.
    // 12(a)(1)(A)(i)); day 21 is Friday, December 18, a court day.
    let nysd = book.court("nysd")?;
    let served = Trigger::on(date(2026, 11, 27)?);
    let answer = nysd.compute("frcp.answer", &served)?;
    writeln!(out, "{answer}")?;

    // Served on Monday, March 30, 2026, in the District of Massachusetts:
    // day 21 is Monday, April 20, Patriots' Day. A state holiday counts for
    // a period measured after an event (Fed. R. Civ. P. 6(a)(6)(C)), so the
    // answer is due Tuesday, April 21.
    let mad = book.court("mad")?;
    let served_ma = Trigger::on(date(2026, 3, 30)?);
    let answer_ma = mad.compute("frcp.answer", &served_ma)?;
    writeln!(out, "{answer_ma}")?;

    // For bulk work: resolve the deadline once, then compute dates alone.
    let rule = nysd.deadline("frcp.answer")?;
    writeln!(out, "Dates only (the fast path for bulk work):")?;
    for day in 23..=27 {
        let served = date(2026, 11, day)?;
        let due = rule.due_date(&Trigger::on(served))?;
        writeln!(
            out,
            "  served {}  answer due {}",
            served.format("%a %Y-%m-%d"),
            due.format("%a %Y-%m-%d")
        )?;
    }
    Ok(())
}

fn main() {
    if let Err(e) = run(&mut std::io::stdout().lock()) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
