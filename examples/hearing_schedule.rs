//! Counting backward from a hearing: the papers due before a motion hearing,
//! in days and in court days.
//!
//! ```text
//! cargo run --example hearing_schedule
//! ```

use std::error::Error;
use std::io::Write;

use chrono::NaiveDate;
use court_deadlines::{Direction, RuleBook, Trigger};

/// Prints the deadlines that run backward from a hearing in the Northern
/// District of California on Monday, January 4, 2027.
pub fn run(out: &mut dyn Write) -> Result<(), Box<dyn Error>> {
    let book = RuleBook::bundled()?;
    let court = book.court("cand")?;
    let hearing = NaiveDate::from_ymd_opt(2027, 1, 4).ok_or("no such date")?;
    let t = Trigger::on(hearing);

    // Every deadline the FRCP runs backward from a hearing (Rule 6(c)): the
    // motion and notice 14 days before, opposing affidavits 7 days before.
    let schedule = court.schedule("frcp.hearing", &t)?;
    writeln!(
        out,
        "{} on {} in {}:",
        schedule.event_name,
        hearing.format("%A, %B %-d, %Y"),
        court.name()
    )?;
    for e in &schedule.entries {
        let d = &e.deadline;
        writeln!(
            out,
            "  {}  {} ({} before) [{}]",
            d.date.format("%a %Y-%m-%d"),
            d.rule.name,
            d.rule.period,
            d.rule.citation
        )?;
    }

    // A judge's standing order: a joint statement "10 court days before the
    // hearing". Court days skip weekends and holidays as they are counted;
    // counting backward, only the court's own (federal) holidays count
    // (Fed. R. Civ. P. 6(a)(6)(C)): New Year's Day and Christmas are passed
    // over.
    let joint = court.compute_period("frcp", "10 court days", Direction::Before, &t)?;
    writeln!(out, "\nA joint statement 10 court days before the hearing:")?;
    writeln!(out, "{joint}")?;

    // The same count straight on the court's calendar.
    let federal = book.calendar("us-federal")?;
    let direct = federal.nth_court_day_before(hearing, 10)?;
    writeln!(
        out,
        "On the us-federal calendar alone: {}",
        direct.format("%A, %B %-d, %Y")
    )?;
    Ok(())
}

fn main() {
    if let Err(e) = run(&mut std::io::stdout().lock()) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
