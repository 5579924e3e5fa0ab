//! The docket tool: compute and explain court deadlines on the bundled rules
//! (or a firm's own, layered over them).
//!
//! ```text
//! cargo run --example docket -- compute --court cand --deadline frcp.answer --trigger 2026-11-27
//! cargo run --example docket -- compute --court cand --deadline frcp.answer-to-counterclaim --trigger 2026-11-27 --service mail --json
//! cargo run --example docket -- compute --court cand --rules frcp --period "14 days" --after 2026-11-27
//! cargo run --example docket -- compute --court dcd --rules frcp --period "72 hours" --after 2007-11-02T10:23 --as-of 2009-12-01
//! cargo run --example docket -- schedule --court cand --event frcp.judgment-entered --date 2026-11-27
//! cargo run --example docket -- courts
//! cargo run --example docket -- deadlines --court cand
//! cargo run --example docket -- holidays --court cand --year 2026
//! cargo run --example docket -- day --court cand 2026-12-25
//! ```
//!
//! `--rules-dir DIR` layers a firm's own rule files over the bundled ones.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{NaiveDate, NaiveDateTime};
use clap::{Parser, Subcommand};
use court_deadlines::{Court, Direction, RuleBook, Trigger};

/// Compute and explain court deadlines.
#[derive(Parser)]
#[command(name = "docket")]
struct Cli {
    /// A folder of the firm's own rule files, layered over the bundled ones.
    #[arg(long, global = true, value_name = "DIR")]
    rules_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the courts, with their time zones and calendars.
    Courts {
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List the named deadlines available in a court.
    Deadlines {
        /// Court id (e.g. cand, nysd, ca9).
        #[arg(long)]
        court: String,
        /// Print as JSON (each deadline with id, name, citation).
        #[arg(long)]
        json: bool,
    },
    /// Compute one deadline and print its explanation.
    Compute {
        /// Court id.
        #[arg(long)]
        court: String,
        /// A named deadline, e.g. frcp.answer.
        #[arg(long, conflicts_with_all = ["period", "rules"])]
        deadline: Option<String>,
        /// The event's date (YYYY-MM-DD) or local date-time (YYYY-MM-DDTHH:MM) for a named deadline.
        #[arg(long, requires = "deadline")]
        trigger: Option<String>,
        /// The rule set whose conventions an ad-hoc period uses (e.g. frcp).
        #[arg(long, requires = "period")]
        rules: Option<String>,
        /// An ad-hoc period, e.g. "14 days", "16 court days", "72 hours".
        #[arg(long, requires = "rules")]
        period: Option<String>,
        /// Count forward from this date (or date-time).
        #[arg(long, conflicts_with = "before")]
        after: Option<String>,
        /// Count backward from this date (or date-time).
        #[arg(long)]
        before: Option<String>,
        /// How the paper was served (personal, mail, electronic, ...).
        #[arg(long)]
        service: Option<String>,
        /// Apply the rules in force on this date instead of the trigger date.
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// A day the clerk's office was inaccessible (repeatable).
        #[arg(long, value_name = "DATE")]
        inaccessible: Vec<String>,
        /// Another day the court was closed (repeatable).
        #[arg(long, value_name = "DATE")]
        closed: Vec<String>,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Every deadline that flows from an event.
    Schedule {
        /// Court id.
        #[arg(long)]
        court: String,
        /// The event, e.g. frcp.judgment-entered.
        #[arg(long)]
        event: String,
        /// The event's date.
        #[arg(long)]
        date: String,
        /// How the paper was served.
        #[arg(long)]
        service: Option<String>,
        /// Print as JSON.
        #[arg(long)]
        json: bool,
    },
    /// A court's holidays and closures for a year.
    Holidays {
        /// Court id.
        #[arg(long)]
        court: String,
        /// The year.
        #[arg(long)]
        year: i32,
    },
    /// Is the court open on a day, and if not, why?
    Day {
        /// Court id.
        #[arg(long)]
        court: String,
        /// The day (YYYY-MM-DD).
        date: String,
    },
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("bad date {s:?}: expected YYYY-MM-DD, e.g. 2026-11-27"))
}

fn parse_trigger(s: &str) -> Result<Trigger, String> {
    if let Ok(dt) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M") {
        return Ok(Trigger::at(dt));
    }
    parse_date(s).map(Trigger::on).map_err(|_| {
        format!("bad date {s:?}: expected YYYY-MM-DD, or YYYY-MM-DDTHH:MM for hour periods")
    })
}

fn json<T: serde::Serialize>(v: &T) -> Result<(), String> {
    println!(
        "{}",
        serde_json::to_string_pretty(v).map_err(|e| e.to_string())?
    );
    Ok(())
}

/// The calendars a court counts with (its own, and its state's forward).
fn calendar_list(c: &Court<'_>) -> String {
    let mut s = c.calendar_ids().join(", ");
    if !c.forward_only_calendar_ids().is_empty() {
        s.push_str(&format!(
            " (+ {} for periods after an event)",
            c.forward_only_calendar_ids().join(", ")
        ));
    }
    s
}

fn run(cli: Cli) -> Result<(), String> {
    let mut builder = RuleBook::builder().bundled();
    if let Some(dir) = &cli.rules_dir {
        builder = builder.dir(dir).map_err(|e| e.to_string())?;
    }
    let book = builder.build().map_err(|e| e.to_string())?;
    match cli.command {
        Command::Courts { json: as_json } => {
            if as_json {
                let list: Vec<serde_json::Value> = book
                    .courts()
                    .map(|c| {
                        serde_json::json!({
                            "id": c.id(), "name": c.name(), "state": c.state(), "time_zone": c.time_zone().name(),
                            "rule_sets": c.rule_set_ids(), "calendars": c.calendar_ids(),
                            "forward_only_calendars": c.forward_only_calendar_ids(),
                        })
                    })
                    .collect();
                return json(&list);
            }
            for c in book.courts() {
                println!(
                    "{:<8} {:<80} {:<22} {}",
                    c.id(),
                    c.name(),
                    c.time_zone().name(),
                    calendar_list(&c)
                );
            }
        }
        Command::Deadlines {
            court,
            json: as_json,
        } => {
            let c = book.court(&court).map_err(|e| e.to_string())?;
            let list = c.deadlines();
            if as_json {
                let v: Vec<serde_json::Value> = list
                    .iter()
                    .map(|d| {
                        serde_json::json!({
                            "id": format!("{}.{}", d.rule_set_id(), d.id()), "name": d.name(), "citation": d.citation(),
                            "period": d.period().to_string(), "direction": d.direction(), "event": d.event_id(),
                        })
                    })
                    .collect();
                return json(&v);
            }
            for d in list {
                let id = format!("{}.{}", d.rule_set_id(), d.id());
                println!(
                    "{id:<52} {:>9} {:<6} {}  [{}]",
                    d.period().to_string(),
                    d.direction(),
                    d.name(),
                    d.citation()
                );
            }
        }
        Command::Compute {
            court,
            deadline,
            trigger,
            rules,
            period,
            after,
            before,
            service,
            as_of,
            inaccessible,
            closed,
            json: as_json,
        } => {
            let c = book.court(&court).map_err(|e| e.to_string())?;
            let (when, direction) = match (&deadline, &after, &before, &trigger) {
                (Some(_), _, _, Some(t)) => (t.clone(), Direction::After),
                (None, Some(a), None, None) => (a.clone(), Direction::After),
                (None, None, Some(b), None) => (b.clone(), Direction::Before),
                (Some(_), _, _, None) => {
                    return Err("give the event's date with --trigger DATE".into());
                }
                _ => return Err("give --after DATE or --before DATE for an ad-hoc period".into()),
            };
            let mut t = parse_trigger(&when)?;
            if let Some(s) = service {
                t = t.served_by(s);
            }
            if let Some(a) = as_of {
                t = t.as_of(parse_date(&a)?);
            }
            for d in inaccessible {
                t = t.inaccessible(parse_date(&d)?);
            }
            for d in closed {
                t = t.closed(parse_date(&d)?);
            }
            let due = match (deadline, rules, period) {
                (Some(id), _, _) => c.compute(&id, &t),
                (None, Some(r), Some(p)) => c.compute_period(&r, &p, direction, &t),
                _ => {
                    return Err(
                        "give --deadline ID, or --rules RULE_SET with --period PERIOD".into(),
                    );
                }
            }
            .map_err(|e| e.to_string())?;
            if as_json {
                return json(&due);
            }
            print!("{due}");
        }
        Command::Schedule {
            court,
            event,
            date,
            service,
            json: as_json,
        } => {
            let c = book.court(&court).map_err(|e| e.to_string())?;
            let mut t = Trigger::on(parse_date(&date)?);
            if let Some(s) = service {
                t = t.served_by(s);
            }
            let s = c.schedule(&event, &t).map_err(|e| e.to_string())?;
            if as_json {
                return json(&s);
            }
            println!(
                "{} on {} in {} ({})",
                s.event_name,
                s.date,
                c.name(),
                c.id()
            );
            let mut warnings: Vec<&str> = Vec::new();
            for e in &s.entries {
                let d = &e.deadline;
                println!(
                    "{}  {:<60} [{}]",
                    d.date,
                    d.rule.name,
                    d.rule.deadline.as_deref().unwrap_or("")
                );
                for a in &e.assumed {
                    println!("{:>12}assumed: {a}", "");
                }
                for w in &d.warnings {
                    if !warnings.contains(&w.message.as_str()) {
                        warnings.push(&w.message);
                    }
                }
            }
            for w in warnings {
                println!("warning: {w}");
            }
            println!(
                "(`docket compute --court {} --deadline <id> --trigger {}` explains any of them)",
                c.id(),
                s.date
            );
        }
        Command::Holidays { court, year } => {
            let c = book.court(&court).map_err(|e| e.to_string())?;
            println!("{} ({}) — {}", c.name(), c.id(), calendar_list(&c));
            let mut ids: Vec<&String> = c.calendar_ids().iter().collect();
            ids.extend(c.forward_only_calendar_ids());
            for id in ids {
                let cal = book.calendar(id).map_err(|e| e.to_string())?;
                let forward = c.forward_only_calendar_ids().contains(id);
                println!(
                    "\n{id}{}",
                    if forward {
                        " (counts only for periods after an event)"
                    } else {
                        ""
                    }
                );
                for h in cal.holidays(year).map_err(|e| e.to_string())? {
                    println!(
                        "  {}  {:<9}  {}  [{}]",
                        h.date,
                        h.date.format("%A"),
                        h.name,
                        h.citation
                    );
                }
            }
        }
        Command::Day { court, date } => {
            let c = book.court(&court).map_err(|e| e.to_string())?;
            let d = parse_date(&date)?;
            let mut closed = false;
            for id in c.calendar_ids().iter().chain(c.forward_only_calendar_ids()) {
                let cal = book.calendar(id).map_err(|e| e.to_string())?;
                let why = cal.why_closed(d).map_err(|e| e.to_string())?;
                let forward = c.forward_only_calendar_ids().contains(id);
                for r in why {
                    closed = true;
                    let scope = if forward {
                        " (state holiday: counts only for periods after an event)"
                    } else {
                        ""
                    };
                    println!("closed: {r}{scope}");
                }
            }
            if !closed {
                println!("{} is open on {}", c.id(), d.format("%A, %B %-d, %Y"));
            }
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
