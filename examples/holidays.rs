//! Lists a court calendar's holidays and closures for a year, with names
//! and citations.
//!
//! ```text
//! cargo run --example holidays -- us-ca 2026
//! cargo run --example holidays -- us-federal 2025 --json
//! cargo run --example holidays -- --list
//! cargo run --example holidays -- us-ny 2026 --rules my-firm-rules/
//! ```

use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Parser;
use court_deadlines::{Calendar, Holiday, RuleBook};
use serde::Serialize;

/// List a court calendar's holidays and closures for a year.
#[derive(Parser)]
#[command(name = "holidays")]
pub struct Args {
    /// Calendar id, e.g. us-federal, us-ca, us-ny.
    calendar: Option<String>,
    /// Year to list (1900–2200).
    year: Option<i32>,
    /// Print the listing as JSON.
    #[arg(long)]
    json: bool,
    /// List the available calendars instead.
    #[arg(long)]
    list: bool,
    /// A folder of the firm's own rule files, layered over the bundled ones.
    #[arg(long, value_name = "DIR")]
    rules: Option<std::path::PathBuf>,
}

#[derive(Serialize)]
struct Listing<'a> {
    calendar: &'a str,
    name: &'a str,
    citation: &'a str,
    year: i32,
    valid_from: chrono::NaiveDate,
    verified_through: chrono::NaiveDate,
    warning: Option<String>,
    holidays: Vec<Holiday>,
}

fn coverage_warning(cal: &Calendar, year: i32) -> Option<String> {
    let cov = cal.coverage();
    let (first, last) = (
        chrono::NaiveDate::from_ymd_opt(year, 1, 1)?,
        chrono::NaiveDate::from_ymd_opt(year, 12, 31)?,
    );
    if first < cov.valid_from || last > cov.verified_through {
        Some(format!(
            "{} is verified only from {} through {}: holidays outside that span are computed from the rules as written, and one-off closures after it are unknown",
            cal.id(),
            cov.valid_from,
            cov.verified_through
        ))
    } else {
        None
    }
}

/// Runs the command, writing to `out` (tests call this directly).
pub fn run(args: Args, out: &mut dyn std::io::Write) -> Result<(), String> {
    let mut builder = RuleBook::builder().bundled();
    if let Some(dir) = &args.rules {
        builder = builder.dir(dir).map_err(|e| e.to_string())?;
    }
    let book = builder.build().map_err(|e| e.to_string())?;
    if args.list || args.calendar.is_none() {
        for c in book.calendars() {
            writeln!(out, "{:<20} {}  [{}]", c.id(), c.name(), c.citation())
                .map_err(|e| e.to_string())?;
        }
        if !args.list {
            writeln!(out, "\nusage: holidays <CALENDAR> <YEAR> [--json]")
                .map_err(|e| e.to_string())?;
        }
        return Ok(());
    }
    let id = args.calendar.as_deref().unwrap_or_default();
    let cal = book.calendar(id).map_err(|e| e.to_string())?;
    let year = args.year.ok_or("give a year, e.g. `holidays us-ca 2026`")?;
    let holidays = cal.holidays(year).map_err(|e| e.to_string())?;
    let warning = coverage_warning(cal, year);
    if args.json {
        let listing = Listing {
            calendar: cal.id(),
            name: cal.name(),
            citation: cal.citation(),
            year,
            valid_from: cal.coverage().valid_from,
            verified_through: cal.coverage().verified_through,
            warning,
            holidays,
        };
        let text = serde_json::to_string_pretty(&listing).map_err(|e| e.to_string())?;
        writeln!(out, "{text}").map_err(|e| e.to_string())?;
        return Ok(());
    }
    writeln!(out, "{} — {} ({year})", cal.id(), cal.name()).map_err(|e| e.to_string())?;
    let weekend: Vec<String> = cal
        .weekend()
        .iter()
        .filter_map(|w| NaiveDate::from_isoywd_opt(2026, 1, *w))
        .map(|d| d.format("%A").to_string())
        .collect();
    writeln!(out, "Weekend: {}", weekend.join(", ")).map_err(|e| e.to_string())?;
    writeln!(
        out,
        "Coverage: holiday rules from {}, closures verified through {}",
        cal.coverage().valid_from,
        cal.coverage().verified_through
    )
    .map_err(|e| e.to_string())?;
    writeln!(out).map_err(|e| e.to_string())?;
    for h in &holidays {
        let mut line = format!("{}  {:<10} {}", h.date, h.date.format("%A"), h.name);
        if h.is_observed_elsewhere() {
            line.push_str(&format!(
                " (observed; falls on {})",
                h.actual.format("%A, %B %-d, %Y")
            ));
        }
        if let Some(kind) = h.closure_kind {
            line.push_str(&format!(" [closure: {}]", kind.as_str()));
        }
        if h.court_open {
            line.push_str(" [legal holiday; the court stays open]");
        }
        writeln!(out, "{line}").map_err(|e| e.to_string())?;
        writeln!(out, "{:>24}{}", "", h.citation).map_err(|e| e.to_string())?;
    }
    if let Some(w) = warning {
        writeln!(out, "\nwarning: {w}").map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn main() -> ExitCode {
    match run(Args::parse(), &mut std::io::stdout()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
