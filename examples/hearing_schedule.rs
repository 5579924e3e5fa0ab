//! Counting backward from a hearing: the papers due before a motion hearing,
//! in days and in court days, where a district's local rules replace the
//! Federal Rules' defaults (N.D. Cal. Civil L.R. 7-2 and 7-3 in place of
//! Fed. R. Civ. P. 6(c)).
//!
//! ```text
//! cargo run --example hearing_schedule
//! ```

use std::error::Error;
use std::io::Write;

use chrono::NaiveDate;
use court_deadlines::{Direction, RuleBook, Trigger, WarningCode};

/// Prints the deadlines that run backward from a hearing in the Northern
/// District of California on Monday, January 4, 2027.
pub fn run(out: &mut dyn Write) -> Result<(), Box<dyn Error>> {
    let book = RuleBook::bundled()?;
    let court = book.court("cand")?;
    let hearing = NaiveDate::from_ymd_opt(2027, 1, 4).ok_or("no such date")?;
    let t = Trigger::on(hearing);

    // Every deadline that flows from a hearing. Fed. R. Civ. P. 6(c) sets 14
    // days' notice and opposing affidavits 7 days before, but N.D. Cal.'s
    // local rules replace both: the motion is filed 35 days before the
    // hearing (Civil L.R. 7-2(a)), the opposition 14 days after the motion
    // (7-3(a)), the reply 7 days after that (7-3(c)). The schedule shows the
    // local deadlines, each naming the rule it replaces.
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
            "  {}  {} ({} {}) [{}]",
            d.date.format("%a %Y-%m-%d"),
            d.rule.name,
            d.rule.period,
            d.rule.direction,
            d.rule.citation
        )?;
        for r in &d.rule.displaces {
            writeln!(out, "      in place of {} [{}]", r.deadline, r.citation)?;
        }
        // A default a local rule replaces from another event stays in the
        // schedule, and says so.
        for w in &d.warnings {
            if w.code == WarningCode::DisplacedByLocalRule {
                writeln!(out, "      {}", w.message)?;
            }
        }
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
