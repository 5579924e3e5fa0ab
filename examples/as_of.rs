//! One deadline before and after a rule change: the Time Computation
//! amendments of December 1, 2009 ("days are days").
//!
//! ```text
//! cargo run --example as_of
//! ```

use std::error::Error;
use std::io::Write;

use chrono::NaiveDate;
use court_deadlines::{RuleBook, Trigger};

/// Prints a motion for a new trial computed under the rules in force on the
/// day judgment was entered, and under the rules in force a few days later.
pub fn run(out: &mut dyn Write) -> Result<(), Box<dyn Error>> {
    let book = RuleBook::bundled()?;
    let court = book.court("dcd")?;
    let entered = NaiveDate::from_ymd_opt(2009, 11, 20).ok_or("no such date")?;
    let amended = NaiveDate::from_ymd_opt(2009, 12, 1).ok_or("no such date")?;

    // Judgment entered on Friday, November 20, 2009. The rules in force that
    // day: 10 days (Rule 59(b)), and because that is under 11 days, the
    // intermediate weekends and Thanksgiving are skipped (former Rule
    // 6(a)): Monday, December 7, 2009.
    let then = court.compute("frcp.new-trial-motion", &Trigger::on(entered))?;
    writeln!(out, "Under the rules in force on the day of judgment:")?;
    writeln!(out, "{then}")?;

    // The amendments of December 1, 2009 govern pending cases "insofar as
    // just and practicable": 28 days, every day counted: Friday, December
    // 18, 2009.
    let now = court.compute(
        "frcp.new-trial-motion",
        &Trigger::on(entered).as_of(amended),
    )?;
    writeln!(out, "Under the rules in force on {amended}:")?;
    writeln!(out, "{now}")?;

    writeln!(
        out,
        "Safe course: file by {} (the earlier of the two).",
        then.date.min(now.date).format("%A, %B %-d, %Y")
    )?;
    Ok(())
}

fn main() {
    if let Err(e) = run(&mut std::io::stdout().lock()) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
